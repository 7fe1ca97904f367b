package org.recoupe.dedup;

import java.util.Arrays;

/**
 * Cuts text into words and hashes runs of {@code size} consecutive words (w-shingling). Words are
 * letters and digits, lower-cased; apostrophes and punctuation separate words, so {@code
 * l’évolution} and {@code l'évolution} give the same shingles.
 */
public final class WordShingles {
  private final int size;

  /** Shingles of {@code size} words (3 is the usual choice for sentences). */
  public WordShingles(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be positive: " + size);
    }
    this.size = size;
  }

  /** The hashes of the words of {@code text[start, end)}, in order. */
  public static long[] words(CharSequence text, int start, int end) {
    long[] out = new long[16];
    int n = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        char lower = Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
        h = (inWord ? h : 0x9E3779B97F4A7C15L ^ 0x51) ^ lower;
        h *= 0x100000001b3L;
        inWord = true;
      } else if (inWord) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = Hashing.mix64(h);
        inWord = false;
      }
    }
    if (inWord) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n + 1);
      }
      out[n++] = Hashing.mix64(h);
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The shingle hashes of a word sequence; a text shorter than one shingle gives one shingle of all
   * its words (none if it has no word).
   */
  public long[] shingles(long[] words) {
    if (words.length == 0) {
      return new long[0];
    }
    int count = Math.max(1, words.length - size + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0;
      for (int j = i; j < Math.min(words.length, i + size); j++) {
        h = Hashing.mix64(h * 0x9E3779B97F4A7C15L + words[j]);
      }
      out[i] = h;
    }
    return out;
  }
}
