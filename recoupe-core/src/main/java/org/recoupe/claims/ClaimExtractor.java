package org.recoupe.claims;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.entities.EntityKeys;
import org.recoupe.entities.LocalEntities;
import org.recoupe.quotes.Quote;
import org.recoupe.quotes.QuoteKeys;
import org.recoupe.time.TimeExpression;
import org.recoupe.time.TimeKeys;

/**
 * Reads the claims of one analysed article, sentence by sentence: headlines, headings, questions
 * and sentences that are mostly quotation are left out (quotations are statements, not the
 * outlet's claims); in the others each main clause gives a claim (the first is the sentence's
 * own), its predicate from the clause layout, the rest from the argument, circumstance and
 * attribution rules. Pronouns are resolved against what the
 * article said before. A plain function; thread-safe.
 */
public final class ClaimExtractor {
  /** Families of verbs whose object may be the place gone to ("visiter la Chine"). */
  private static final java.util.Set<String> GOING = java.util.Set.of("visit", "arrive");

  /** Verbs whose "il" is no one: "il s'agit de", "il faut", "il y a". */
  private static final java.util.Set<String> IMPERSONAL = java.util.Set.of("se agir", "falloir", "avoir", "sembler",
      "paraître", "rester", "exister");

  /** Sentences whose characters are at least this much quotation are statements, not claims. */
  static final double QUOTED_SHARE = 0.5;

  /** The claims of {@code d} (which carries sentences, entities, time expressions and quotations). */
  public List<Claim> extract(Document d) {
    String text = d.get(Keys.TEXT);
    Metadata meta = d.find(Keys.METADATA).orElse(Metadata.EMPTY);
    boolean english = meta.language() != null && meta.language().startsWith("en");
    LocalEntities entities = d.find(EntityKeys.ENTITIES).orElse(LocalEntities.EMPTY);
    List<TimeExpression> timexes = d.find(TimeKeys.TIMEXES).orElse(List.of());
    List<Quote> quotes = d.find(QuoteKeys.QUOTES).orElse(List.of());
    List<Sentence> sentences = d.find(Keys.SENTENCES).orElse(List.of());
    Antecedents ctx = new Antecedents(entities);
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      String sentence = s.span().of(text);
      List<Quote> inSentence = quotes.stream().filter(q -> q.span().overlaps(s.span())).toList();
      if (!(meta.title() != null && sentence.strip().equals(meta.title().strip()) || Headings.is(sentence)
          || sentence.strip().endsWith("?") || quoted(s.span(), inSentence) >= QUOTED_SHARE)) {
        List<TimeExpression> times = timexes.stream().filter(t -> t.span().overlaps(s.span())).toList();
        View v = new View(text, s.tokens(), english, entities, times, inSentence);
        Claim previous = null;
        for (Layout l : Layout.all(v)) {
          Claim c = read(i, s.span(), v, l, meta, ctx, previous);
          out.add(c);
          if (c.actor() != null && previous == null) {
            ctx.acted(c.actor().entities(), c.actor().text());
          }
          if (c.attribution().kind() == Attribution.Kind.SOURCE) {
            ctx.spoke(c.attribution().entities());
          }
          previous = c;
        }
      }
      for (Quote q : inSentence) {
        if (q.speaker() != null) {
          entities.entityAt(q.speaker().span()).ifPresent(e -> {
            ctx.acted(List.of(e.id()), q.speaker().text());
            ctx.spoke(List.of(e.id()));
          });
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The claim of one clause of a sentence; {@code previous} is the claim of the sentence's clause
   * before it (whose subject a coordinated clause may share), or null.
   */
  static Claim read(int index, Span span, View v, Layout l, Metadata meta, Antecedents ctx, Claim previous) {
    VerbGroup g = l.verb();
    int to = l.sharedSubject() >= 0 ? l.groups().get(l.sharedSubject()).first() : g.first();
    int subjectStart = Arguments.subjectStart(v, l.start(), to, l);
    Argument subject = l.sharedSubject() >= 0 && previous != null && l.frame() < 0 ? previous.actor()
        : l.sharedSubject() >= 0 && previous != null ? null : Arguments.subject(v, l, ctx);
    Argument object = Arguments.object(v, l);
    Argument actor = subject;
    if (g.passive()) {
      actor = Arguments.agent(v, l);
      object = subject;
    }
    Attribution attribution = Attributions.of(v, l, meta, ctx);
    if (l.sharedSubject() >= 0 && l.frame() >= 0 && previous != null && previous.actor() != null) {
      VerbGroup frame = l.groups().get(l.frame());
      Argument a = previous.actor();
      attribution = new Attribution(Attribution.Kind.SOURCE, a.text(), a.span(), v.text(frame.first(), frame.last() + 1),
          a.entities(), a.names());
    }
    if (l.frame() >= 0 && attribution.span() != null && (subject == null && !g.passive()
        || actor != null && pronoun(actor.text()) && !attribution.entities().isEmpty())) {
      Argument source = new Argument(attribution.name(), attribution.span(), attribution.entities(), attribution.names());
      actor = actor == null ? source : new Argument(actor.text(), actor.span(), source.entities(), source.names());
    }
    if (actor != null && IMPERSONAL.contains(g.lemma()) && actor.text().strip().equalsIgnoreCase("il")) {
      actor = null;
    }
    String family = Predicates.family(g.lemma());
    Predicate predicate = new Predicate(v.text(g.first(), g.last() + 1), v.span(g.first(), g.last() + 1), g.lemma(),
        family, g.tense(), g.negated(), g.passive());
    String language = v.english() ? "en" : "fr";
    Argument where = Arguments.where(v, l, subjectStart, g.passive() ? null : object);
    if (where == null && GOING.contains(family) && !g.passive()) {
      where = Arguments.placeObject(v, object);
    }
    return new Claim(index, span, predicate, actor, object, Circumstances.when(v, l, subjectStart),
        where, Circumstances.quantities(v, l, language),
        attribution, Circumstances.why(v, l, subjectStart, family),
        Circumstances.how(v, l, subjectStart, g.passive()));
  }

  private static boolean pronoun(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    return Grammar.PERSON_PRONOUNS.contains(t) || Grammar.PLURAL_PRONOUNS.contains(t);
  }

  /** The share of the sentence's characters inside quotation marks. */
  private static double quoted(Span sentence, List<Quote> quotes) {
    int inside = 0;
    for (Quote q : quotes) {
      int from = Math.max(sentence.start(), q.span().start());
      int to = Math.min(sentence.end(), q.span().end());
      inside += Math.max(0, to - from);
    }
    return sentence.length() == 0 ? 0 : (double) inside / sentence.length();
  }
}
