package org.recoupe.dedup;

import java.util.Arrays;

/** An immutable MinHash signature (see {@link MinHasher}). */
public final class Signature {
  private final int[] values;

  private Signature(int[] values) {
    this.values = values;
  }

  static Signature wrap(int[] values) {
    return new Signature(values);
  }

  /** The estimated Jaccard similarity: the share of positions where both signatures agree. */
  public double similarity(Signature other) {
    if (other.values.length != values.length) {
      throw new IllegalArgumentException("signatures of different lengths");
    }
    int same = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == other.values[i]) {
        same++;
      }
    }
    return (double) same / values.length;
  }

  /** A hash of rows {@code [band * rows, (band + 1) * rows)}, tagged with the band number. */
  public long bandKey(int band, int rows) {
    long h = band;
    for (int i = band * rows; i < (band + 1) * rows; i++) {
      h = Hashing.mix64(h * 0x9E3779B97F4A7C15L + values[i]);
    }
    return h;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }
}
