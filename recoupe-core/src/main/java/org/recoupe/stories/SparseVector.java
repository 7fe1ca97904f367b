package org.recoupe.stories;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable sparse vector over hashed feature ids: ids in increasing order with their weights.
 * Compact (two primitive arrays) so millions of articles can be held or shipped.
 */
public final class SparseVector {
  private final int[] ids;
  private final float[] values;

  private SparseVector(int[] ids, float[] values) {
    this.ids = ids;
    this.values = values;
  }

  /** A vector of the given id → weight pairs (zero weights are dropped). */
  public static SparseVector of(Map<Integer, ? extends Number> weights) {
    int[] ids = new int[weights.size()];
    int n = 0;
    for (Map.Entry<Integer, ? extends Number> e : weights.entrySet()) {
      if (e.getValue().floatValue() != 0f) {
        ids[n++] = e.getKey();
      }
    }
    ids = Arrays.copyOf(ids, n);
    Arrays.sort(ids);
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = weights.get(ids[i]).floatValue();
    }
    return new SparseVector(ids, values);
  }

  /**
   * A vector from parallel arrays (any id order; ids must be distinct), keeping the {@code k}
   * heaviest features (ties: the smaller id first), scaled to unit length.
   */
  public static SparseVector unitTop(int[] ids, double[] weights, int n, int k) {
    int keep = Math.min(k, n);
    int[] order = n > k ? IndexOrder.heaviestFirst(ids, weights, n) : IndexOrder.identity(n);
    long[] packed = new long[keep];
    double norm = 0;
    for (int i = 0; i < keep; i++) {
      int at = order[i];
      packed[i] = ((long) ids[at] << 32) | at;
      norm += weights[at] * weights[at];
    }
    Arrays.sort(packed);
    norm = Math.sqrt(norm);
    int[] outIds = new int[keep];
    float[] outValues = new float[keep];
    for (int i = 0; i < keep; i++) {
      int at = (int) packed[i];
      outIds[i] = ids[at];
      outValues[i] = norm == 0 ? 0f : (float) (weights[at] / norm);
    }
    return new SparseVector(outIds, outValues);
  }

  /**
   * The {@code k} heaviest features of this vector (ties: the smaller id first), or this vector if
   * it has no more than {@code k}.
   */
  public SparseVector top(int k) {
    if (ids.length <= k) {
      return this;
    }
    double[] weights = new double[ids.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = values[i];
    }
    int[] order = IndexOrder.heaviestFirst(ids, weights, ids.length);
    int[] keep = new int[k];
    for (int i = 0; i < k; i++) {
      keep[i] = order[i];
    }
    Arrays.sort(keep);
    int[] newIds = new int[k];
    float[] newValues = new float[k];
    for (int i = 0; i < k; i++) {
      newIds[i] = ids[keep[i]];
      newValues[i] = values[keep[i]];
    }
    return new SparseVector(newIds, newValues);
  }

  /** The number of features. */
  public int size() {
    return ids.length;
  }

  /** The id of the {@code i}-th feature (ids increase with {@code i}). */
  public int id(int i) {
    return ids[i];
  }

  /** The weight of the {@code i}-th feature. */
  public float value(int i) {
    return values[i];
  }

  /** The weight of feature {@code id}, 0 if absent. */
  public float get(int id) {
    int i = Arrays.binarySearch(ids, id);
    return i >= 0 ? values[i] : 0f;
  }

  /** The dot product with {@code other}. */
  public double dot(SparseVector other) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      if (ids[i] == other.ids[j]) {
        sum += (double) values[i++] * other.values[j++];
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** The Euclidean norm. */
  public double norm() {
    double sum = 0;
    for (float v : values) {
      sum += (double) v * v;
    }
    return Math.sqrt(sum);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparseVector v && Arrays.equals(ids, v.ids) && Arrays.equals(values, v.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(ids) + Arrays.hashCode(values);
  }
}
