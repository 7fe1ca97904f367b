package org.recoupe.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps offsets in a derived text (cleaned, extracted) back to offsets in the text it came from, as
 * OpenNLP's aligned text does, so that every citation can point at the source.
 *
 * <p>The map is a sorted list of segments: {@code length} characters starting at {@code derived}
 * were copied from {@code source}. Characters the derivation inserted (paragraph breaks, repaired
 * characters) belong to no segment and map to the source position of the next copied character.
 * Immutable and thread-safe; build one with {@link AlignedText.Builder}.
 */
public final class OffsetMap {
  private final int[] derivedStarts;
  private final int[] sourceStarts;
  private final int[] lengths;
  private final int derivedLength;
  private final int sourceLength;

  OffsetMap(List<int[]> segments, int derivedLength, int sourceLength) {
    int n = segments.size();
    this.derivedStarts = new int[n];
    this.sourceStarts = new int[n];
    this.lengths = new int[n];
    for (int i = 0; i < n; i++) {
      int[] s = segments.get(i);
      derivedStarts[i] = s[0];
      sourceStarts[i] = s[1];
      lengths[i] = s[2];
    }
    this.derivedLength = derivedLength;
    this.sourceLength = sourceLength;
  }

  /** The map of a text onto itself. */
  public static OffsetMap identity(int length) {
    List<int[]> segments = new ArrayList<>();
    if (length > 0) {
      segments.add(new int[] {0, 0, length});
    }
    return new OffsetMap(segments, length, length);
  }

  /** Length of the derived text. */
  public int derivedLength() {
    return derivedLength;
  }

  /** Length of the source text. */
  public int sourceLength() {
    return sourceLength;
  }

  /**
   * The source offset of the derived character at {@code offset}; {@code offset == derivedLength()}
   * maps to the end of the last copied segment.
   */
  public int toSource(int offset) {
    if (offset < 0 || offset > derivedLength) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + derivedLength + "]");
    }
    int i = Arrays.binarySearch(derivedStarts, offset);
    if (i >= 0) {
      return sourceStarts[i];
    }
    int before = -i - 2;
    if (before >= 0 && offset < derivedStarts[before] + lengths[before]) {
      return sourceStarts[before] + offset - derivedStarts[before];
    }
    int next = before + 1;
    if (next < derivedStarts.length) {
      return sourceStarts[next];
    }
    return before >= 0 ? sourceStarts[before] + lengths[before] : 0;
  }

  /** The source range covered by a derived range: from its first character to past its last. */
  public Span toSource(Span derived) {
    int start = toSource(derived.start());
    if (derived.length() == 0) {
      return new Span(start, start);
    }
    int end = toSource(derived.end() - 1) + 1;
    return new Span(start, Math.max(start, end));
  }

  /**
   * Chains two maps: {@code next} maps a text derived from this map's derived text; the result maps
   * that text straight to this map's source.
   */
  public OffsetMap then(OffsetMap next) {
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k < next.derivedStarts.length; k++) {
      int d = next.derivedStarts[k];
      int mid = next.sourceStarts[k];
      int remaining = next.lengths[k];
      while (remaining > 0) {
        int seg = segmentAt(mid);
        if (seg < 0) {
          int skip = gapLength(mid);
          int used = Math.min(skip, remaining);
          d += used;
          mid += used;
          remaining -= used;
          continue;
        }
        int within = mid - derivedStarts[seg];
        int run = Math.min(remaining, lengths[seg] - within);
        appendSegment(out, d, sourceStarts[seg] + within, run);
        d += run;
        mid += run;
        remaining -= run;
      }
    }
    return new OffsetMap(out, next.derivedLength, sourceLength);
  }

  private int segmentAt(int offset) {
    int i = Arrays.binarySearch(derivedStarts, offset);
    if (i >= 0) {
      return i;
    }
    int before = -i - 2;
    return before >= 0 && offset < derivedStarts[before] + lengths[before] ? before : -1;
  }

  private int gapLength(int offset) {
    int i = -Arrays.binarySearch(derivedStarts, offset) - 1;
    return i < derivedStarts.length ? derivedStarts[i] - offset : Integer.MAX_VALUE;
  }

  static void appendSegment(List<int[]> segments, int derived, int source, int length) {
    if (length <= 0) {
      return;
    }
    if (!segments.isEmpty()) {
      int[] last = segments.get(segments.size() - 1);
      if (last[0] + last[2] == derived && last[1] + last[2] == source) {
        last[2] += length;
        return;
      }
    }
    segments.add(new int[] {derived, source, length});
  }
}
