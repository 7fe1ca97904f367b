package org.recoupe.dedup;

/**
 * Computes MinHash signatures of shingle sets: {@code n} independent multiply-shift hash functions,
 * each keeping its minimum over the set. The share of equal positions in two signatures estimates
 * the Jaccard similarity of the two sets. Immutable and thread-safe.
 */
public final class MinHasher {
  private final long[] multipliers;
  private final long[] offsets;

  /** {@code n} hash functions drawn deterministically from {@code seed}. */
  public MinHasher(int n, long seed) {
    if (n < 1) {
      throw new IllegalArgumentException("need at least one hash function");
    }
    multipliers = new long[n];
    offsets = new long[n];
    long s = seed;
    for (int i = 0; i < n; i++) {
      s += 0x9E3779B97F4A7C15L;
      multipliers[i] = Hashing.mix64(s) | 1L;
      s += 0x9E3779B97F4A7C15L;
      offsets[i] = Hashing.mix64(s);
    }
  }

  /** The signature of a set of shingle hashes (duplicates are harmless). */
  public Signature signature(long[] shingles) {
    int[] min = new int[multipliers.length];
    for (int i = 0; i < min.length; i++) {
      long multiplier = multipliers[i];
      long offset = offsets[i];
      int m = Integer.MAX_VALUE;
      for (long s : shingles) {
        m = Math.min(m, (int) ((multiplier * s + offset) >>> 33));
      }
      min[i] = m;
    }
    return Signature.wrap(min);
  }
}
