package org.recoupe.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recoupe.claims.Predicate.Tense;
import org.recoupe.text.Terms;
import org.recoupe.time.TimeExpression;
import org.recoupe.time.TimexValues;

/**
 * Whether two resolved claims ({@link Claim#resolve}) of different articles state the same thing,
 * whatever their wording or language: the same predicate family, not one negated and the other not,
 * not one future and the other past; the same actors (a shared entity, or the same countries: a
 * leader stands for his country, a capital for its government); and nothing that disagrees among
 * what both give: objects (same kind of thing or a shared content word), dates (overlapping
 * periods), places (same entity or country) and quantities of the same unit. A claim whose actor
 * names no entity is aligned by sentence similarity only. Immutable; thread-safe.
 */
public final class ClaimAlignment {
  private final Map<Integer, Set<String>> countries;

  /** Alignment with {@code countries}: story-wide entity id → the countries it stands for. */
  public ClaimAlignment(Map<Integer, Set<String>> countries) {
    this.countries = Map.copyOf(countries);
  }

  /** Whether {@code a} and {@code b} state the same thing. */
  public boolean same(Claim a, Claim b) {
    Predicate p = a.predicate();
    Predicate q = b.predicate();
    if (!p.family().equals(q.family()) || p.negated() != q.negated() || future(p) != future(q) && past(p, q)) {
      return false;
    }
    return sameParties(a.actor(), b.actor()) && compatibleObjects(a.object(), b.object())
        && compatibleWhen(a.when(), b.when()) && compatiblePlaces(a.where(), b.where())
        && compatibleAmounts(a.quantities(), b.quantities());
  }

  /** Whether two arguments name the same parties: a shared entity, or the same countries. */
  public boolean sameParties(Argument a, Argument b) {
    if (a == null || b == null || a.entities().isEmpty() || b.entities().isEmpty()) {
      return false;
    }
    if (a.entities().stream().anyMatch(b.entities()::contains)) {
      return true;
    }
    Set<String> ca = countries(a.entities());
    return !ca.isEmpty() && ca.equals(countries(b.entities()));
  }

  /** Whether the two sets of entities share a party: an entity, or a country. */
  public boolean overlap(List<Integer> a, List<Integer> b) {
    if (a.stream().anyMatch(b::contains)) {
      return true;
    }
    Set<String> ca = new HashSet<>(countries(a));
    ca.retainAll(countries(b));
    return !ca.isEmpty();
  }

  /** The countries the entities stand for. */
  public Set<String> countries(List<Integer> ids) {
    Set<String> out = new HashSet<>();
    ids.forEach(id -> out.addAll(countries.getOrDefault(id, Set.of())));
    return out;
  }

  private static boolean future(Predicate p) {
    return p.tense() == Tense.FUTURE;
  }

  private static boolean past(Predicate p, Predicate q) {
    return p.tense() == Tense.PAST || q.tense() == Tense.PAST;
  }

  private static boolean compatibleObjects(Argument a, Argument b) {
    if (a == null || b == null) {
      return true;
    }
    Set<String> ta = Predicates.things(a.text());
    Set<String> tb = Predicates.things(b.text());
    if (!ta.isEmpty() && !tb.isEmpty()) {
      return ta.stream().anyMatch(tb::contains);
    }
    Set<String> wa = new HashSet<>(Terms.of(a.text()));
    wa.retainAll(Terms.of(b.text()));
    return !wa.isEmpty() || a.entities().stream().anyMatch(b.entities()::contains);
  }

  private static boolean compatibleWhen(TimeExpression a, TimeExpression b) {
    if (a == null || b == null) {
      return true;
    }
    Optional<TimexValues.Interval> ia = TimexValues.interval(a.value());
    Optional<TimexValues.Interval> ib = TimexValues.interval(b.value());
    if (ia.isEmpty() || ib.isEmpty()) {
      return a.value().equals(b.value()) || ia.isEmpty() && ib.isEmpty();
    }
    return !ia.get().end().isBefore(ib.get().start()) && !ib.get().end().isBefore(ia.get().start());
  }

  private boolean compatiblePlaces(Argument a, Argument b) {
    if (a == null || b == null || a.entities().isEmpty() || b.entities().isEmpty()) {
      return true;
    }
    return overlap(a.entities(), b.entities());
  }

  private static boolean compatibleAmounts(List<Amount> a, List<Amount> b) {
    for (Amount x : a) {
      for (Amount y : b) {
        if (x.unit().equals(y.unit()) && !x.compatible(y)) {
          return false;
        }
      }
    }
    return true;
  }
}
