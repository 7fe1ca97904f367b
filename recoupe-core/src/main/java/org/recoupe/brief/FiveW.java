package org.recoupe.brief;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.recoupe.claims.Argument;
import org.recoupe.claims.Attribution;
import org.recoupe.claims.Claim;
import org.recoupe.text.Terms;
import org.recoupe.time.DatedSentence;
import org.recoupe.time.TimelineEvent;
import org.recoupe.time.TimexValues;

/**
 * The brief's who, what, when, where, why and how, drawn from the story's best-corroborated claim:
 * who acted, the sentence that says it, its date, its place; why and how from the reason and means
 * clauses of the claims about the same act and parties (the same act first, then the same parties),
 * the one most origins echo, never one that carries a disputed value. An answer the claims do not
 * give is left out (who, when and where fall back on the story's tables); nothing is invented.
 */
final class FiveW {
  private FiveW() {}

  /** Words that make no topic of a reason or means clause. */
  private static final Set<String> MARKERS = Set.of("pour", "afin", "raison", "cause", "reponse", "lors", "occasi",
      "because", "order", "respon", "during", "suite");

  /** The answers; {@code summary} is best-corroborated first, {@code passages} every passage of the story. */
  static Map<String, Answer> of(List<SummaryPoint> summary, List<SummaryPoint> claims, List<Passage> passages,
      List<TimelineEvent> timeline, List<WhoEntry> who, List<Conflict> conflicts, StoryClaims sc) {
    Map<String, Answer> out = new LinkedHashMap<>();
    SummaryPoint top = summary.isEmpty() ? null : summary.get(0);
    Claim c = top == null ? null : top.claim();
    if (c != null && c.actor() != null && !c.actor().names().isEmpty()) {
      out.put("who", new Answer(String.join(", ", c.actor().names()),
          backing(top, q -> q.actor() != null && sc.alignment().overlap(q.actor().entities(), c.actor().entities())), null));
    } else {
      List<String> actors = who.stream().filter(w -> w.type().equals("PER") || w.type().equals("ORG")).limit(3)
          .map(WhoEntry::name).toList();
      if (!actors.isEmpty()) {
        out.put("who", new Answer(String.join(", ", actors), List.of(), null));
      }
    }
    if (top != null) {
      out.put("what", new Answer(top.passage().text(), top.support(), null));
    }
    Optional<LocalDate> day = c == null || c.when() == null ? Optional.empty() : TimexValues.day(c.when().value());
    if (day.isPresent()) {
      out.put("when", new Answer(dayLabel(day.get()), backing(top, q -> q.when() != null
          && TimexValues.day(q.when().value()).equals(day)), null));
    } else {
      timeline.stream().filter(e -> !e.background() && e.start().equals(e.end()))
          .max(Comparator.comparingInt((TimelineEvent e) -> e.articleIds().size()).thenComparing(TimelineEvent::start))
          .ifPresent(e -> out.put("when", new Answer(dayLabel(e.start()), e.mentions().stream()
              .map(FiveW::passage).toList(), null)));
    }
    if (c != null && c.where() != null && !c.where().names().isEmpty()) {
      out.put("where", new Answer(c.where().names().get(0), backing(top, q -> q.where() != null
          && sc.alignment().overlap(q.where().entities(), c.where().entities())), null));
    } else {
      who.stream().filter(w -> w.type().equals("LOC")).findFirst()
          .ifPresent(w -> out.put("where", new Answer(w.name(), List.of(), null)));
    }
    if (c != null) {
      circumstance(c, claims, passages, conflicts, sc, Claim::why).ifPresent(a -> out.put("why", a));
      circumstance(c, claims, passages, conflicts, sc, Claim::how).ifPresent(a -> out.put("how", a));
    }
    return out;
  }

  private static String dayLabel(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d;
  }

  /** The top point's chosen passage and the supporting passages whose claims pass {@code test}. */
  private static List<Passage> backing(SummaryPoint top, java.util.function.Predicate<Claim> test) {
    List<Passage> out = new ArrayList<>();
    out.add(top.passage());
    top.support().stream().skip(1).filter(q -> q.claim() != null && test.test(q.claim())).forEach(out::add);
    return out;
  }

  private static Passage passage(DatedSentence d) {
    return new Passage(d.articleId(), d.articleId(), 0, d.sentence(), d.text());
  }

  /** A reason or means clause, with its passage, how close its claim is to the top one, and its rank. */
  private record Candidate(Argument clause, Passage passage, Claim claim, int tier, int rank) {}

  private static Optional<Answer> circumstance(Claim top, List<SummaryPoint> claims, List<Passage> passages,
      List<Conflict> conflicts, StoryClaims sc, Function<Claim, Argument> part) {
    List<Passage> ordered = new ArrayList<>();
    claims.forEach(p -> p.support().stream().filter(q -> !ordered.contains(q)).forEach(ordered::add));
    passages.stream().filter(q -> !ordered.contains(q)).forEach(ordered::add);
    List<Candidate> found = new ArrayList<>();
    for (int r = 0; r < ordered.size(); r++) {
      Passage q = ordered.get(r);
      for (Claim c : sc.all(q.articleId(), q.index())) {
        Argument clause = part.apply(c);
        if (clause == null || disputed(q, clause, conflicts)) {
          continue;
        }
        boolean act = c.predicate().family().equals(top.predicate().family());
        boolean parties = c.actor() != null && top.actor() != null
            && sc.alignment().overlap(c.actor().entities(), top.actor().entities());
        int tier = act && parties ? 0 : act ? 1 : parties ? 2 : -1;
        if (tier >= 0) {
          found.add(new Candidate(clause, q, c, tier, r));
        }
      }
    }
    Candidate best = null;
    List<Candidate> bestEchoes = List.of();
    int bestOrigins = 0;
    for (Candidate cand : found) {
      List<Candidate> echoes = found.stream().filter(o -> o == cand || echoes(o.clause(), cand.clause())).toList();
      int origins = (int) echoes.stream().map(o -> o.passage().origin()).distinct().count();
      if (best == null || cand.tier() < best.tier()
          || cand.tier() == best.tier() && (origins > bestOrigins || origins == bestOrigins && cand.rank() < best.rank())) {
        best = cand;
        bestEchoes = echoes;
        bestOrigins = origins;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Attribution a = best.claim().attribution();
    String source = a.kind() == Attribution.Kind.SOURCE ? (a.names().isEmpty() ? a.name() : String.join(", ", a.names()))
        : null;
    return Optional.of(new Answer(best.clause().text(), bestEchoes.stream().map(Candidate::passage).distinct().toList(),
        source));
  }

  /** Whether two clauses share a content word (markers such as "pour" aside). */
  private static boolean echoes(Argument a, Argument b) {
    Set<String> wa = new HashSet<>(Terms.of(a.text()));
    wa.removeAll(MARKERS);
    wa.retainAll(Terms.of(b.text()));
    return !wa.isEmpty();
  }

  /** Whether the clause carries a value some disagreement is about ("lors de cette 3ème visite"). */
  private static boolean disputed(Passage q, Argument clause, List<Conflict> conflicts) {
    String text = clause.text().toLowerCase(Locale.ROOT);
    for (Conflict c : conflicts) {
      for (Conflict.Side s : c.sides()) {
        for (int i = 0; i < s.articleIds().size() && i < s.quotes().size(); i++) {
          if (s.articleIds().get(i).equals(q.articleId()) && s.quotes().get(i).overlaps(clause.span())
              && (text.contains(s.value().toLowerCase(Locale.ROOT))
              || s.text().length() < 40 && text.contains(s.text().toLowerCase(Locale.ROOT)))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
