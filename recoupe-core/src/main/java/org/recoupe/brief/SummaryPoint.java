package org.recoupe.brief;

import java.util.List;
import org.recoupe.claims.Claim;

/**
 * One claim of a story with the articles that back it: the sentence chosen to say it, every
 * passage that says the same thing, and what it states, structured.
 *
 * @param passage the sentence chosen to say it
 * @param support every passage, in any article, that says the same thing (the chosen one first)
 * @param origins how many independent origins the support spans
 * @param claim what it states: the chosen sentence's claim, its gaps (actor, date, place, object...)
 *     filled from the passages whose claims align with it; {@code null} when none states one
 */
public record SummaryPoint(Passage passage, List<Passage> support, int origins, Claim claim) {
  /** Defensive copy. */
  public SummaryPoint {
    support = List.copyOf(support);
  }

  /** A point without a structured claim. */
  public SummaryPoint(Passage passage, List<Passage> support, int origins) {
    this(passage, support, origins, passage.claim());
  }

  /** The ids of the supporting articles, in order of first appearance. */
  public List<String> articleIds() {
    return support.stream().map(Passage::articleId).distinct().toList();
  }

  /** Whether only one independent origin says it. */
  public boolean singleSource() {
    return origins <= 1;
  }
}
