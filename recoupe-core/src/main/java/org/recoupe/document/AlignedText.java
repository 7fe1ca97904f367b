package org.recoupe.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A derived text together with the {@link OffsetMap} back to its source. Produced by extraction and
 * cleaning; consumed by whoever needs to cite the source.
 */
public record AlignedText(String text, OffsetMap map) {

  /** A text that is its own source. */
  public static AlignedText identity(String text) {
    return new AlignedText(text, OffsetMap.identity(text.length()));
  }

  /** Starts building a text derived from {@code source}. */
  public static Builder builder(CharSequence source) {
    return new Builder(source);
  }

  /**
   * Builds a derived text piece by piece: {@link #copy} takes characters from the source (and
   * records where they came from), {@link #insert} adds characters of its own.
   */
  public static final class Builder {
    private final CharSequence source;
    private final StringBuilder text = new StringBuilder();
    private final List<int[]> segments = new ArrayList<>();

    private Builder(CharSequence source) {
      this.source = source;
    }

    /** Appends {@code source[start, end)}. */
    public Builder copy(int start, int end) {
      if (start < 0 || end > source.length() || start > end) {
        throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + source.length());
      }
      OffsetMap.appendSegment(segments, text.length(), start, end - start);
      text.append(source, start, end);
      return this;
    }

    /** Appends characters that are not in the source (separators, replacements). */
    public Builder insert(CharSequence chars) {
      text.append(chars);
      return this;
    }

    /** Length of the text built so far. */
    public int length() {
      return text.length();
    }

    /** The last character built so far, or {@code 0} if nothing was built yet. */
    public char lastChar() {
      return text.length() == 0 ? 0 : text.charAt(text.length() - 1);
    }

    /** The finished text and its map. */
    public AlignedText build() {
      return new AlignedText(
          text.toString(), new OffsetMap(segments, text.length(), source.length()));
    }
  }
}
