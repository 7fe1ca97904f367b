package org.recoupe.brief;

import java.util.List;

/**
 * Which sentences stand on opposite sides of a disagreement: a sentence that gives 42 million euros
 * does not back one that gives 45 million, however alike their words. Built from the story's
 * conflicts; a plain function of them, thread-safe.
 */
final class Disagreements {
  private final List<Conflict> conflicts;

  Disagreements(List<Conflict> conflicts) {
    this.conflicts = List.copyOf(conflicts);
  }

  /** Whether {@code a} and {@code b} give different values in one of the conflicts. */
  boolean between(Passage a, Passage b) {
    for (Conflict c : conflicts) {
      int sideA = side(c, a);
      int sideB = side(c, b);
      if (sideA >= 0 && sideB >= 0 && sideA != sideB) {
        return true;
      }
    }
    return false;
  }

  /** The index of the side of {@code c} that cites the passage's sentence, or -1. */
  private static int side(Conflict c, Passage p) {
    for (int s = 0; s < c.sides().size(); s++) {
      Conflict.Side side = c.sides().get(s);
      for (int i = 0; i < side.articleIds().size() && i < side.quotes().size(); i++) {
        if (side.articleIds().get(i).equals(p.articleId()) && side.quotes().get(i).overlaps(p.span())) {
          return s;
        }
      }
    }
    return -1;
  }
}
