package org.recoupe.brief;

import java.util.List;

/**
 * One sentence of a consolidated summary with the articles that back it.
 *
 * @param passage the sentence chosen to say it
 * @param support every passage, in any article, that says the same thing (the chosen one first)
 * @param origins how many independent origins the support spans
 */
public record SummaryPoint(Passage passage, List<Passage> support, int origins) {
  /** Defensive copy. */
  public SummaryPoint {
    support = List.copyOf(support);
  }

  /** The ids of the supporting articles, in order of first appearance. */
  public List<String> articleIds() {
    return support.stream().map(Passage::articleId).distinct().toList();
  }
}
