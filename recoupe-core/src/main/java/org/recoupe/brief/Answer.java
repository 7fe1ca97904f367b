package org.recoupe.brief;

import java.util.List;

/**
 * One answer of the brief's who, what, when, where, why and how, with the passages it is drawn
 * from.
 *
 * @param text the answer
 * @param support the passages that say it (empty when it is drawn from the story's tables, not
 *     from sentences)
 * @param source who the passages attribute it to when that is not the outlets themselves ("selon
 *     Vladimir Poutine"), or {@code null}
 */
public record Answer(String text, List<Passage> support, String source) {
  /** Defensive copy. */
  public Answer {
    support = List.copyOf(support);
  }

  /** The ids of the articles it is drawn from, in order of first appearance. */
  public List<String> articleIds() {
    return support.stream().map(Passage::articleId).distinct().toList();
  }
}
