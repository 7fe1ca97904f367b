package org.recoupe.contradict;

import java.util.HashSet;
import java.util.Set;

/**
 * Two analysed passages and the content stems they share, which is how the checks align them:
 * values are compared only when they qualify the same shared word.
 */
public record Pair(Analysis left, Analysis right) {

  /** The content stems found on both sides. */
  public Set<String> shared() {
    Set<String> s = new HashSet<>(left.contentStems());
    s.retainAll(right.contentStems());
    return s;
  }

  /** Shared content stems over the smaller side's content stems (0 when a side has none). */
  public double overlap() {
    int min = Math.min(left.contentStems().size(), right.contentStems().size());
    return min == 0 ? 0 : (double) shared().size() / min;
  }

  /** The same pair with the sides exchanged. */
  public Pair swapped() {
    return new Pair(right, left);
  }
}
