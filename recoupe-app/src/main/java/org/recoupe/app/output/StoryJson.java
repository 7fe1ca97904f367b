package org.recoupe.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.recoupe.brief.ArticleRef;
import org.recoupe.brief.Brief;
import org.recoupe.brief.Conflict;
import org.recoupe.brief.StoryReport;
import org.recoupe.brief.WhoEntry;
import org.recoupe.quotes.Quote;
import org.recoupe.quotes.Statement;
import org.recoupe.time.DatedSentence;
import org.recoupe.time.TimelineEvent;

/**
 * Writes a story as {@code story.json}, schema {@value #SCHEMA} (documented in {@code
 * docs/story-json.md}). Every item carries the ids of the articles that support it; passages are
 * given as offsets into each article's cleaned text (see the article JSON).
 */
public final class StoryJson {
  /** Name and version of the JSON shape. */
  public static final String SCHEMA = "recoupe.story/2";

  private StoryJson() {}

  /** Writes {@code story} to {@code file}. */
  public static void write(StoryReport story, Path file) throws IOException {
    Json.MAPPER.writeValue(file.toFile(), toJson(story));
  }

  /** The JSON tree of {@code story}. */
  public static ObjectNode toJson(StoryReport story) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("id", story.id());
    ArrayNode articles = root.putArray("articles");
    for (ArticleRef a : story.articles()) {
      ObjectNode n = articles.addObject();
      n.put("id", a.id());
      n.put("number", a.number());
      n.put("title", a.title());
      n.put("outlet", a.outlet());
      n.put("published", a.published());
      n.put("origin", a.origin());
      Json.strings(n.putArray("agencies"), a.agencies());
      n.put("url", a.url());
      n.put("file", a.file());
    }
    ArrayNode origins = root.putArray("origins");
    for (List<String> group : story.origins()) {
      ObjectNode n = origins.addObject();
      n.put("id", group.get(0));
      Json.strings(n.putArray("articles"), group);
    }
    root.put("independentOrigins", story.origins().size());
    ArrayNode who = root.putArray("entities");
    for (WhoEntry w : story.who()) {
      ObjectNode n = who.addObject();
      n.put("name", w.name());
      n.put("type", w.type());
      Json.strings(n.putArray("variants"), w.variants());
      ObjectNode per = n.putObject("mentionsPerArticle");
      w.mentionsPerArticle().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> per.put(e.getKey(), e.getValue()));
      Json.strings(n.putArray("roles"), w.roles());
      Json.strings(n.putArray("articleIds"), w.mentionsPerArticle().keySet().stream().sorted().toList());
    }
    ArrayNode quotes = root.putArray("quotes");
    for (Statement s : story.statements()) {
      ObjectNode n = quotes.addObject();
      n.put("speaker", s.speaker());
      Json.strings(n.putArray("articleIds"), s.articleIds());
      ArrayNode wordings = n.putArray("wordings");
      for (Statement.Wording w : s.wordings()) {
        Quote q = w.quote();
        ObjectNode wn = wordings.addObject();
        wn.put("articleId", w.articleId());
        if (w.language() != null) {
          wn.put("language", w.language());
        }
        wn.put("text", q.text());
        Json.span(wn, q.content());
        if (q.speaker() != null) {
          wn.put("speaker", q.speaker().text());
        }
        if (q.via() != null) {
          wn.put("via", q.via().text());
        }
      }
    }
    ArrayNode timeline = root.putArray("timeline");
    for (TimelineEvent e : story.timeline()) {
      ObjectNode n = timeline.addObject();
      n.put("value", e.value());
      n.put("start", e.start().toString());
      n.put("end", e.end().toString());
      n.put("background", e.background());
      Json.strings(n.putArray("articleIds"), e.articleIds());
      ArrayNode mentions = n.putArray("mentions");
      for (DatedSentence d : e.mentions()) {
        ObjectNode m = mentions.addObject();
        m.put("articleId", d.articleId());
        m.put("text", d.text());
        m.put("expression", d.expression().text());
        Json.span(m, d.sentence());
      }
    }
    ArrayNode claims = root.putArray("claims");
    story.claims().forEach(c -> claims.add(ClaimJson.point(c)));
    ArrayNode conflicts = root.putArray("conflicts");
    for (Conflict c : story.conflicts()) {
      ObjectNode n = conflicts.addObject();
      n.put("kind", c.kind());
      n.put("summary", c.summary());
      ArrayNode sides = n.putArray("sides");
      for (Conflict.Side s : c.sides()) {
        ObjectNode sn = sides.addObject();
        sn.put("value", s.value());
        sn.put("text", s.text());
        Json.strings(sn.putArray("articleIds"), s.articleIds());
        ArrayNode spans = sn.putArray("passages");
        for (int i = 0; i < s.quotes().size(); i++) {
          ObjectNode p = spans.addObject();
          p.put("articleId", s.articleIds().get(i));
          Json.span(p, s.quotes().get(i));
        }
      }
      Json.strings(n.putArray("articleIds"), c.sides().stream().flatMap(s -> s.articleIds().stream()).distinct().toList());
    }
    ArrayNode disputes = root.putArray("disputes");
    story.disputes().forEach(d -> disputes.add(ClaimJson.dispute(d)));
    root.set("brief", brief(story.brief()));
    return root;
  }

  private static ObjectNode brief(Brief b) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("headline", b.headline());
    ObjectNode w = n.putObject("fiveW");
    b.fiveW().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> w.set(e.getKey(), ClaimJson.answer(e.getValue())));
    ArrayNode summary = n.putArray("summary");
    b.summary().forEach(p -> summary.add(ClaimJson.point(p)));
    ArrayNode single = n.putArray("singleSource");
    b.singleSource().forEach(p -> single.add(ClaimJson.point(p)));
    return n;
  }
}
