package org.recoupe.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.recoupe.document.Span;
import org.recoupe.time.TimeExpression;

/**
 * The factual statement of one sentence: who ({@code actor}) did what ({@code predicate}) to what
 * ({@code object}), when, where, how many, why and how, and who says so ({@code attribution}).
 * Any part but the predicate and the attribution may be {@code null} (or empty) when the sentence
 * does not say it.
 *
 * @param sentence the sentence's index in the article ({@code Keys.SENTENCES})
 * @param span the sentence's span in the article's cleaned text
 * @param predicate the main verb of the claim
 * @param actor who did it (for a passive verb, the agent)
 * @param object what it was done to
 * @param when the time expression that dates it
 * @param where the place it happened
 * @param quantities the numbers it gives, with what they count
 * @param attribution who the article says it comes from
 * @param why the reason or purpose the sentence gives ("pour renforcer leur partenariat")
 * @param how the means or occasion it gives ("à l'occasion d'un sommet", "by signing")
 */
public record Claim(int sentence, Span span, Predicate predicate, Argument actor, Argument object,
    TimeExpression when, Argument where, List<Amount> quantities, Attribution attribution, Argument why,
    Argument how) {
  /** Defensive copy. */
  public Claim {
    quantities = List.copyOf(quantities);
  }

  /**
   * This claim with its entities mapped through {@code canonical} (a local entity id to its
   * story-wide id and name; empty drops the entity): what the story's alignment compares.
   */
  public Claim resolve(IntFunction<Optional<Named>> canonical) {
    return new Claim(sentence, span, predicate, resolve(actor, canonical), resolve(object, canonical), when,
        resolve(where, canonical), quantities, resolve(attribution, canonical), why, how);
  }

  /**
   * A story-wide entity.
   *
   * @param id its id in the story's entity table
   * @param name its name
   */
  public record Named(int id, String name) {}

  private static Argument resolve(Argument a, IntFunction<Optional<Named>> canonical) {
    if (a == null) {
      return null;
    }
    List<Integer> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    map(a.entities(), canonical, ids, names);
    return new Argument(a.text(), a.span(), ids, names);
  }

  private static Attribution resolve(Attribution a, IntFunction<Optional<Named>> canonical) {
    List<Integer> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    map(a.entities(), canonical, ids, names);
    return new Attribution(a.kind(), a.name(), a.span(), a.cue(), ids, names);
  }

  private static void map(List<Integer> local, IntFunction<Optional<Named>> canonical, List<Integer> ids,
      List<String> names) {
    for (int e : local) {
      canonical.apply(e).filter(n -> !ids.contains(n.id())).ifPresent(n -> {
        ids.add(n.id());
        names.add(n.name());
      });
    }
  }
}
