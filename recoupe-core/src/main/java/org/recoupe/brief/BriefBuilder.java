package org.recoupe.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoupe.claims.Headings;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.entities.CanonicalEntity;
import org.recoupe.entities.EntityKeys;
import org.recoupe.entities.EntityMerging;
import org.recoupe.entities.EntityTable;
import org.recoupe.entities.LocalEntities;
import org.recoupe.quotes.Quote;
import org.recoupe.quotes.QuoteKeys;
import org.recoupe.quotes.Statement;
import org.recoupe.quotes.StatementGrouping;
import org.recoupe.time.Anchor;
import org.recoupe.time.DatedSentence;
import org.recoupe.time.TimeExpression;
import org.recoupe.time.TimeKeys;
import org.recoupe.time.TimeStage;
import org.recoupe.time.Timeline;
import org.recoupe.time.TimelineEvent;

/**
 * Builds a {@link StoryReport} from the analysed articles of one story and its origin groups: dates
 * re-anchored on the story's date where an article has none, claims (headlines and section headings
 * are not claims; sentences back each other when they are similar or their structured claims
 * align) and their independent support, statements, timeline, who's who, conflicts, disputes
 * between parties, and the brief. A plain function of its input, so the
 * embedded runner and a distributed one build the same report.
 */
public final class BriefBuilder {
  private static final int SINGLE_SOURCE_SHOWN = 8;
  private static final int CLAIMS_KEPT = 40;

  private final int summaryWords;

  /** A builder whose summaries run to about {@code summaryWords} words. */
  public BriefBuilder(int summaryWords) {
    this.summaryWords = summaryWords;
  }

  /** The report of story {@code id}; {@code origins} groups the ids of {@code articles}. */
  public StoryReport build(String id, List<Document> articles, List<List<String>> origins) {
    List<Document> docs = new ArrayList<>(articles);
    docs.sort(Comparator.comparing(Document::id));
    LocalDate storyDate = StoryAnchor.of(docs);
    java.util.Set<String> reanchored = new java.util.HashSet<>();
    docs.replaceAll(d -> {
      Document r = reanchor(d, storyDate);
      if (r != d) {
        reanchored.add(d.id());
      }
      return r;
    });
    Map<String, String> originOf = new HashMap<>();
    for (List<String> group : origins) {
      group.forEach(a -> originOf.put(a, group.get(0)));
    }
    List<ArticleRef> refs = new ArrayList<>();
    for (Document d : docs) {
      refs.add(ref(d, refs.size() + 1, originOf.getOrDefault(d.id(), d.id())));
    }
    Map<String, LocalEntities> perArticle = new LinkedHashMap<>();
    docs.forEach(d -> d.find(EntityKeys.ENTITIES).ifPresent(e -> perArticle.put(d.id(), e)));
    EntityTable entities = EntityMerging.merge(perArticle);
    StoryClaims storyClaims = new StoryClaims(docs, reanchored, perArticle, entities);
    List<Passage> passages = new ArrayList<>();
    List<StatementGrouping.Sourced> quotes = new ArrayList<>();
    List<List<DatedSentence>> dated = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (Document d : docs) {
      String text = d.get(Keys.TEXT);
      String origin = originOf.getOrDefault(d.id(), d.id());
      List<Span> sentences = d.find(Keys.SENTENCES).orElse(List.of()).stream().map(Sentence::span).toList();
      String title = d.get(Keys.METADATA).title();
      for (int i = 0; i < sentences.size(); i++) {
        String sentence = sentences.get(i).of(text);
        if (title != null && sentence.strip().equals(title.strip()) || Headings.is(sentence)) {
          continue;
        }
        passages.add(new Passage(d.id(), origin, i, sentences.get(i), sentence, storyClaims.main(d.id(), i)));
      }
      LocalEntities local = d.find(EntityKeys.ENTITIES).orElse(LocalEntities.EMPTY);
      for (Quote q : d.find(QuoteKeys.QUOTES).orElse(List.of())) {
        String speaker = q.speaker() == null ? null : local.entityAt(q.speaker().span())
            .flatMap(e -> entities.of(d.id(), e.id())).map(CanonicalEntity::name).orElse(null);
        quotes.add(new StatementGrouping.Sourced(d.id(), q, speaker, d.get(Keys.METADATA).language()));
      }
      List<TimeExpression> timexes = d.find(TimeKeys.TIMEXES).orElse(List.of());
      Anchor anchor = TimeStage.anchor(d.get(Keys.METADATA), text, storyDate);
      LocalDate reference = anchor == null ? null : anchor.date();
      dated.add(Timeline.datedSentences(d.id(), text, sentences, timexes, reference));
      conflicts.addAll(ConflictFinder.weekdays(d.id(), d.get(Keys.TEXT), timexes));
    }
    conflicts.addAll(ConflictFinder.dates(dated));
    Map<String, String> language = new HashMap<>();
    Map<String, LocalDate> published = new HashMap<>();
    for (Document d : docs) {
      Metadata m = d.get(Keys.METADATA);
      language.put(d.id(), m.language() == null ? "fr" : m.language());
      LocalDate day = m.published() != null ? m.published().date() : storyDate;
      if (day != null) {
        published.put(d.id(), day);
      }
    }
    conflicts.addAll(withoutDuplicates(ClaimConflicts.find(passages, language, published), conflicts));
    List<SummaryPoint> claims = new Summarizer(storyClaims::same, new Disagreements(conflicts)::between).claims(passages).stream()
        .map(storyClaims::complete).toList();
    List<Statement> statements = new StatementGrouping().group(quotes);
    statements = statements.stream()
        .sorted(Comparator.comparingInt((Statement s) -> -s.articleIds().size())).toList();
    List<TimelineEvent> timeline = Timeline.merge(dated);
    List<WhoEntry> who = WhoTable.of(entities);
    Brief brief = brief(docs, claims, passages, timeline, who, conflicts, storyClaims);
    return new StoryReport(id, refs, origins, who, statements, timeline,
        claims.subList(0, Math.min(CLAIMS_KEPT, claims.size())), conflicts, storyClaims.disputes(passages), brief);
  }

  private Brief brief(List<Document> docs, List<SummaryPoint> claims, List<Passage> passages,
      List<TimelineEvent> timeline, List<WhoEntry> who, List<Conflict> conflicts, StoryClaims storyClaims) {
    List<SummaryPoint> summary = new ArrayList<>();
    int words = 0;
    List<SummaryPoint> ordered = new ArrayList<>(claims);
    ordered.sort(Comparator.comparingInt((SummaryPoint p) -> p.origins() > 1 ? 0 : 1));
    for (SummaryPoint p : ordered) {
      if (words >= summaryWords) {
        break;
      }
      summary.add(p);
      words += Summarizer.wordCount(p.passage().text());
    }
    List<SummaryPoint> single = claims.stream().filter(p -> p.origins() == 1)
        .limit(SINGLE_SOURCE_SHOWN).toList();
    Map<String, Answer> fiveW = FiveW.of(summary, claims, passages, timeline, who, conflicts, storyClaims);
    String headline = headline(docs, summary);
    return new Brief(headline, fiveW, summary, single);
  }

  /** The title closest to what the most corroborated claim says, else that claim. */
  private static String headline(List<Document> docs, List<SummaryPoint> summary) {
    List<String> titles = docs.stream().map(d -> d.get(Keys.METADATA).title()).filter(t -> t != null && !t.isBlank()).toList();
    if (summary.isEmpty()) {
      return titles.isEmpty() ? "" : titles.get(0);
    }
    String top = summary.get(0).passage().text();
    if (titles.isEmpty()) {
      return top;
    }
    List<String> texts = new ArrayList<>(titles);
    texts.add(top);
    List<Map<String, Double>> v = TfIdf.vectors(texts);
    int best = 0;
    for (int i = 1; i < titles.size(); i++) {
      if (TfIdf.cosine(v.get(i), v.get(titles.size())) > TfIdf.cosine(v.get(best), v.get(titles.size()))) {
        best = i;
      }
    }
    return titles.get(best);
  }

  /** Value conflicts already reported as date conflicts (same articles, same values) are dropped. */
  private static List<Conflict> withoutDuplicates(List<Conflict> found, List<Conflict> known) {
    return found.stream().filter(c -> known.stream().noneMatch(k -> sameSides(k, c))).toList();
  }

  private static boolean sameSides(Conflict a, Conflict b) {
    java.util.Set<String> ia = new java.util.HashSet<>();
    a.sides().forEach(s -> ia.addAll(s.articleIds()));
    java.util.Set<String> ib = new java.util.HashSet<>();
    b.sides().forEach(s -> ib.addAll(s.articleIds()));
    return (a.kind().equals("date") || a.kind().equals("weekday")) && (b.kind().equals("date") || b.kind().equals("weekday"))
        && ia.containsAll(ib);
  }

  private static Document reanchor(Document d, LocalDate storyDate) {
    Metadata meta = d.get(Keys.METADATA);
    if (meta.published() != null || storyDate == null || !d.has(TimeKeys.TIMEXES)) {
      return d;
    }
    return new TimeStage(storyDate).apply(d);
  }

  private static ArticleRef ref(Document d, int number, String origin) {
    Metadata m = d.get(Keys.METADATA);
    return new ArticleRef(d.id(), number, m.title(), m.outlet(), m.published() == null ? null : m.published().iso(),
        origin, m.agencies(), m.url(), d.find(Keys.SOURCE).map(s -> s.describe()).orElse(d.id()));
  }
}
