package org.recoupe.stories;

import java.util.Arrays;

/**
 * The running sum of a story's article vectors, capped in size: when it holds more than twice its
 * cap, only the heaviest features are kept. A small open-addressing map from feature id to
 * weight, so scoring does no boxing. A small bit filter over the ids ever stored since the last
 * pruning answers most lookups of absent ids (most of an article's features are absent from most
 * stories) without touching the table. Mutable; owned by one open story.
 */
final class Centroid {
  private static final int FREE = 0;

  /** Bits in the filter of stored ids (a power of two). */
  private static final int FILTER_BITS = 2048;

  /** The shift that keeps the top log2(FILTER_BITS) bits of a mixed id: its bit in the filter. */
  private static final int FILTER_SHIFT = 32 - Integer.numberOfTrailingZeros(FILTER_BITS);

  private final int cap;
  private int[] keys = new int[64];
  private float[] values = new float[64];
  private boolean hasZeroKey;
  private float zeroValue;
  private final long[] filter = new long[FILTER_BITS / 64];
  private int size;
  private double cachedNorm = -1;

  Centroid(int cap) {
    this.cap = cap;
  }

  void add(SparseVector v) {
    for (int i = 0; i < v.size(); i++) {
      put(v.id(i), get(v.id(i)) + v.value(i));
    }
    cachedNorm = -1;
    if (size > 2 * cap) {
      prune();
    }
  }

  void subtract(SparseVector v) {
    for (int i = 0; i < v.size(); i++) {
      float left = get(v.id(i)) - v.value(i);
      put(v.id(i), left <= 1e-6f ? 0f : left);
    }
    cachedNorm = -1;
  }

  boolean isEmpty() {
    return size == 0;
  }

  double norm() {
    if (cachedNorm < 0) {
      double sum = zeroValue * (double) zeroValue;
      for (float w : values) {
        sum += (double) w * w;
      }
      cachedNorm = Math.sqrt(sum);
    }
    return cachedNorm;
  }

  /** The cosine with a unit vector. */
  double cosine(SparseVector unit) {
    double n = norm();
    return n == 0 ? 0 : dot(unit) / n;
  }

  /** The cosine with a unit vector that is part of this sum, as if it were taken out. */
  double cosineWithout(SparseVector unit) {
    double dot = dot(unit);
    double inside = 0;
    for (int i = 0; i < unit.size(); i++) {
      float w = get(unit.id(i));
      double kept = Math.min(w, unit.value(i));
      inside += kept * kept;
    }
    double normSquared = norm() * norm() - 2 * dot + inside;
    double rest = dot - inside;
    return normSquared <= 1e-12 ? 0 : Math.max(0, rest) / Math.sqrt(normSquared);
  }

  /** The cosine with another centroid. */
  double cosine(Centroid other) {
    Centroid small = size <= other.size ? this : other;
    Centroid large = small == this ? other : this;
    double dot = small.hasZeroKey ? (double) small.zeroValue * large.get(0) : 0;
    for (int i = 0; i < small.keys.length; i++) {
      if (small.keys[i] != FREE) {
        dot += (double) small.values[i] * large.get(small.keys[i]);
      }
    }
    double norms = norm() * other.norm();
    return norms == 0 ? 0 : dot / norms;
  }

  /** The ids of the {@code k} heaviest features (ties: smaller id first). */
  int[] top(int k) {
    long[] sorted = sorted();
    int[] out = new int[Math.min(k, sorted.length)];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) sorted[i];
    }
    return out;
  }

  private double dot(SparseVector unit) {
    double dot = 0;
    for (int i = 0; i < unit.size(); i++) {
      dot += unit.value(i) * get(unit.id(i));
    }
    return dot;
  }

  private float get(int key) {
    if (key == FREE) {
      return hasZeroKey ? zeroValue : 0f;
    }
    int h = mix(key);
    int bit = h >>> FILTER_SHIFT;
    if ((filter[bit >>> 6] & (1L << bit)) == 0) {
      return 0f;
    }
    int mask = keys.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
      if (keys[i] == FREE) {
        return 0f;
      }
    }
  }

  /** Stores {@code value} under {@code key}; a zero removes the key. */
  private void put(int key, float value) {
    if (key == FREE) {
      if (value == 0f) {
        size -= hasZeroKey ? 1 : 0;
        hasZeroKey = false;
      } else {
        size += hasZeroKey ? 0 : 1;
        hasZeroKey = true;
      }
      zeroValue = value;
      return;
    }
    int mask = keys.length - 1;
    int h = mix(key);
    int i = h & mask;
    while (keys[i] != FREE && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == key) {
      if (value == 0f) {
        removeAt(i);
      } else {
        values[i] = value;
      }
      return;
    }
    if (value == 0f) {
      return;
    }
    keys[i] = key;
    values[i] = value;
    int bit = h >>> FILTER_SHIFT;
    filter[bit >>> 6] |= 1L << bit;
    size++;
    if (size * 2 > keys.length) {
      rehash(keys.length * 2);
    }
  }

  /** Backward-shift deletion, so probing stays correct without tombstones. */
  private void removeAt(int i) {
    int mask = keys.length - 1;
    size--;
    int gap = i;
    for (int j = (i + 1) & mask; keys[j] != FREE; j = (j + 1) & mask) {
      int home = mix(keys[j]) & mask;
      boolean movable = gap <= j ? (home <= gap || home > j) : (home <= gap && home > j);
      if (movable) {
        keys[gap] = keys[j];
        values[gap] = values[j];
        gap = j;
      }
    }
    keys[gap] = FREE;
    values[gap] = 0f;
  }

  private void rehash(int capacity) {
    int[] oldKeys = keys;
    float[] oldValues = values;
    keys = new int[capacity];
    values = new float[capacity];
    size = hasZeroKey ? 1 : 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private void prune() {
    long[] sorted = sorted();
    float zero = hasZeroKey ? zeroValue : 0f;
    int[] keep = new int[cap];
    float[] weights = new float[cap];
    int n = 0;
    for (int i = 0; i < Math.min(cap, sorted.length); i++) {
      int id = (int) sorted[i];
      keep[n] = id;
      weights[n] = id == FREE ? zero : get(id);
      n++;
    }
    keys = new int[Integer.highestOneBit(Math.max(64, cap * 4))];
    Arrays.fill(filter, 0L);
    values = new float[keys.length];
    hasZeroKey = false;
    zeroValue = 0f;
    size = 0;
    for (int i = 0; i < n; i++) {
      put(keep[i], weights[i]);
    }
    cachedNorm = -1;
  }

  /** Feature ids by decreasing weight (ties: smaller id first), packed as longs. */
  private long[] sorted() {
    int[] ids = new int[size];
    double[] weights = new double[size];
    int n = 0;
    if (hasZeroKey) {
      weights[n] = zeroValue;
      ids[n++] = 0;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != FREE) {
        weights[n] = values[i];
        ids[n++] = keys[i];
      }
    }
    int[] order = IndexOrder.heaviestFirst(ids, weights, n);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = ids[order[i]];
    }
    return out;
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
