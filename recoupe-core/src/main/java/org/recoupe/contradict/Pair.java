package org.recoupe.contradict;

import java.util.HashSet;
import java.util.Set;
import org.recoupe.document.Span;

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

  /**
   * Whether the values at {@code l} (left text) and {@code r} (right text) qualify the same thing:
   * some content word within {@code window} words of one also lies within {@code window} words of
   * the other.
   */
  public boolean near(Span l, Span r, int window) {
    Set<String> around = around(left, l, window);
    around.retainAll(around(right, r, window));
    return !around.isEmpty();
  }

  private static Set<String> around(Analysis a, Span s, int window) {
    Set<String> out = new HashSet<>();
    int first = -1;
    int last = -1;
    for (Word w : a.words()) {
      if (w.span().overlaps(s)) {
        first = first < 0 ? w.index() : first;
        last = w.index();
      }
    }
    for (int k = Math.max(0, first - window); k <= Math.min(a.words().size() - 1, last + window); k++) {
      Word w = a.words().get(k);
      if ((k < first || k > last) && Lexicon.content(w) && w.isLetter() && !Calendar.dateWord(w.stem())) {
        out.add(w.stem());
      }
    }
    return out;
  }

  /** The same pair with the sides exchanged. */
  public Pair swapped() {
    return new Pair(right, left);
  }
}
