package org.recoupe.document;

/**
 * A half-open character range {@code [start, end)} in some text (which text is said by whoever
 * holds the span).
 */
public record Span(int start, int end) implements Comparable<Span> {
  /** Validates the bounds. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Number of characters covered. */
  public int length() {
    return end - start;
  }

  /** The covered characters of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies entirely within this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
