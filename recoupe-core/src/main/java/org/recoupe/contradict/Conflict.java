package org.recoupe.contradict;

import org.recoupe.document.Span;

/**
 * One disagreement: its kind, and where each side states its value ({@code left} indexes the
 * first passage's text, {@code right} the second's), with the values as written.
 */
public record Conflict(ConflictType type, Span left, Span right, String leftValue, String rightValue) {

  /** A conflict whose values are the spans' characters in the two passages. */
  static Conflict of(ConflictType type, Pair pair, Span left, Span right) {
    return new Conflict(type, left, right, left.of(pair.left().text()), right.of(pair.right().text()));
  }

  /** The same conflict seen from the other side (left and right exchanged). */
  Conflict swapped() {
    return new Conflict(type, right, left, rightValue, leftValue);
  }
}
