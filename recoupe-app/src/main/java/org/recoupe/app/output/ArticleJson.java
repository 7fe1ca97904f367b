package org.recoupe.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.OffsetMap;
import org.recoupe.document.Removal;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.document.Token;
import org.recoupe.quotes.Quote;
import org.recoupe.quotes.QuoteKeys;
import org.recoupe.time.TimeExpression;
import org.recoupe.time.TimeKeys;
import org.recoupe.entities.EntityKeys;
import org.recoupe.entities.LinkedMention;
import org.recoupe.entities.LocalEntities;
import org.recoupe.entities.LocalEntity;
import org.recoupe.entities.Mention;

/**
 * Writes one analysed article as {@code articles/<id>.json}, schema {@value #SCHEMA} (documented in
 * {@code docs/article-json.md}).
 */
public final class ArticleJson {
  /** Name and version of the JSON shape; bump the number on any incompatible change. */
  public static final String SCHEMA = "recoupe.article/1";

  private ArticleJson() {}

  /** Writes {@code document} to {@code file}. */
  public static void write(Document document, Path file) throws IOException {
    Json.MAPPER.writeValue(file.toFile(), toJson(document));
  }

  /** The JSON tree of {@code document}; keys it lacks are left out. */
  public static ObjectNode toJson(Document document) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("id", document.id());
    document.find(Keys.SOURCE).ifPresent(s -> {
      ObjectNode src = root.putObject("source");
      src.put("file", s.file());
      if (s.record() != null) {
        src.put("record", s.record());
      }
      src.put("format", s.format().name().toLowerCase(Locale.ROOT));
    });
    document.find(Keys.METADATA).ifPresent(m -> root.set("metadata", metadata(m)));
    OffsetMap map = document.find(Keys.ALIGNMENT).orElse(null);
    document.find(Keys.TEXT).ifPresent(t -> root.put("text", t));
    document.find(Keys.PARAGRAPHS).ifPresent(ps -> {
      ArrayNode arr = root.putArray("paragraphs");
      for (Span p : ps) {
        arr.add(span(p, map));
      }
    });
    document.find(Keys.SENTENCES).ifPresent(ss -> root.set("sentences", sentences(ss, map)));
    document.find(QuoteKeys.QUOTES).ifPresent(qs -> root.set("quotes", quotes(qs, map)));
    document.find(TimeKeys.TIMEXES).ifPresent(ts -> root.set("timexes", timexes(ts, map)));
    document.find(EntityKeys.ENTITIES).ifPresent(es -> {
      root.set("mentions", mentions(es, map));
      root.set("entities", entities(es));
    });
    document.find(Keys.REMOVED).ifPresent(rs -> {
      ArrayNode arr = root.putArray("removed");
      for (Removal r : rs) {
        ObjectNode n = arr.addObject();
        n.put("sourceStart", r.span().start());
        n.put("sourceEnd", r.span().end());
        n.put("reason", r.reason());
        n.put("text", r.text());
      }
    });
    return root;
  }

  private static ObjectNode metadata(Metadata m) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("title", m.title());
    n.put("outlet", m.outlet());
    n.put("url", m.url());
    ArrayNode authors = n.putArray("authors");
    m.authors().forEach(authors::add);
    ArrayNode agencies = n.putArray("agencies");
    m.agencies().forEach(agencies::add);
    if (m.published() != null) {
      ObjectNode p = n.putObject("published");
      p.put("value", m.published().iso());
      p.put("source", m.published().source());
    } else {
      n.putNull("published");
    }
    n.put("language", m.language());
    return n;
  }

  private static ArrayNode quotes(List<Quote> quotes, OffsetMap map) {
    ArrayNode arr = Json.MAPPER.createArrayNode();
    for (Quote q : quotes) {
      ObjectNode n = span(q.content(), map);
      n.put("text", q.text());
      n.put("speech", q.speech());
      if (q.speaker() != null) {
        ObjectNode sp = span(q.speaker().span(), map);
        sp.put("text", q.speaker().text());
        sp.put("how", q.speaker().how().name().toLowerCase(Locale.ROOT));
        n.set("speaker", sp);
      }
      if (q.verb() != null) {
        n.put("verb", q.verb());
      }
      if (q.via() != null) {
        ObjectNode via = span(q.via().span(), map);
        via.put("text", q.via().text());
        n.set("via", via);
      }
      arr.add(n);
    }
    return arr;
  }

  private static ArrayNode sentences(List<Sentence> sentences, OffsetMap map) {
    ArrayNode arr = Json.MAPPER.createArrayNode();
    for (Sentence s : sentences) {
      ObjectNode n = span(s.span(), map);
      n.put("paragraph", s.paragraph());
      ArrayNode tokens = n.putArray("tokens");
      for (Token t : s.tokens()) {
        ObjectNode tn = tokens.addObject();
        tn.put("start", t.span().start());
        tn.put("end", t.span().end());
        tn.put("text", t.text());
      }
      arr.add(n);
    }
    return arr;
  }

  private static ArrayNode timexes(List<TimeExpression> timexes, OffsetMap map) {
    ArrayNode arr = Json.MAPPER.createArrayNode();
    for (TimeExpression t : timexes) {
      ObjectNode n = span(t.span(), map);
      n.put("text", t.text());
      n.put("type", t.type().name());
      n.put("value", t.value());
      if (t.mod() != null) {
        n.put("mod", t.mod());
      }
      if (t.anchor() != null) {
        n.put("anchor", t.anchor().date().toString());
        n.put("anchorSource", t.anchor().source().name().toLowerCase(Locale.ROOT));
      }
      if (t.weekdayDate() != null) {
        n.put("weekdayDate", t.weekdayDate().toString());
      }
      ArrayNode flags = n.putArray("flags");
      t.flags().stream().map(f -> f.name().toLowerCase(Locale.ROOT)).sorted().forEach(flags::add);
      arr.add(n);
    }
    return arr;
  }

  private static ArrayNode mentions(LocalEntities entities, OffsetMap map) {
    ArrayNode arr = Json.MAPPER.createArrayNode();
    for (LinkedMention lm : entities.mentions()) {
      Mention m = lm.mention();
      ObjectNode n = span(m.span(), map);
      n.put("sentence", m.sentence());
      n.put("type", m.type().name());
      n.put("kind", lm.description() ? "description" : "name");
      n.put("text", m.text());
      n.put("entity", lm.entity());
      arr.add(n);
    }
    return arr;
  }

  private static ArrayNode entities(LocalEntities entities) {
    ArrayNode arr = Json.MAPPER.createArrayNode();
    for (LocalEntity e : entities.entities()) {
      ObjectNode n = arr.addObject();
      n.put("id", e.id());
      n.put("type", e.type().name());
      n.put("name", e.name());
      n.put("named", e.named());
      ArrayNode variants = n.putArray("variants");
      e.variants().forEach(variants::add);
      ArrayNode roles = n.putArray("roles");
      e.roles().forEach(roles::add);
      ArrayNode mentions = n.putArray("mentions");
      e.mentions().forEach(mentions::add);
    }
    return arr;
  }

  private static ObjectNode span(Span span, OffsetMap map) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("start", span.start());
    n.put("end", span.end());
    if (map != null) {
      Span src = map.toSource(span);
      n.put("sourceStart", src.start());
      n.put("sourceEnd", src.end());
    }
    return n;
  }
}
