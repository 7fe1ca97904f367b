package org.recoupe.dedup;

/**
 * Fast, seedless 64-bit hashing of words and strings, shared by shingling, MinHash and the hashed
 * feature ids of stories. Stable across runs and machines (no {@code String.hashCode} mixing of
 * JVM state), so signatures can be stored and compared later.
 */
public final class Hashing {
  private Hashing() {}

  /** The SplitMix64 finaliser: spreads the bits of {@code x} over all 64 bits. */
  public static long mix64(long x) {
    x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
    x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
    return x ^ (x >>> 31);
  }

  /** A 64-bit hash of the characters of {@code s}. */
  public static long hash(CharSequence s) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return mix64(h);
  }

  /** A 32-bit feature id for {@code s} in the namespace {@code prefix} (e.g. term vs entity). */
  public static int featureId(char prefix, CharSequence s) {
    return (int) mix64(hash(s) ^ ((long) prefix << 56));
  }
}
