package org.recoupe.stories;

/**
 * Orders features by decreasing weight (ties: the smaller id first) without boxing their
 * positions: a merge sort of int positions, giving the order {@code Arrays.sort} on boxed
 * positions with that comparator gives.
 */
final class IndexOrder {
  private static final int INSERTION = 16;

  private IndexOrder() {}

  /** Positions {@code 0..n-1} in increasing order. */
  static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  /**
   * Positions {@code 0..n-1} of parallel arrays by decreasing weight, ties by increasing id (ids
   * are distinct, so the order is total); weights are finite and non-negative, as term weights are.
   */
  static int[] heaviestFirst(int[] ids, double[] weights, int n) {
    int[] order = identity(n);
    mergeSort(order, new int[n], 0, n, ids, weights);
    return order;
  }

  /** Whether position {@code a} comes after position {@code b}. */
  private static boolean after(int a, int b, int[] ids, double[] weights) {
    return weights[a] != weights[b] ? weights[a] < weights[b] : ids[a] > ids[b];
  }

  private static void mergeSort(int[] a, int[] scratch, int from, int to, int[] ids, double[] weights) {
    if (to - from <= INSERTION) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && after(a[j], x, ids, weights)) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, scratch, from, mid, ids, weights);
    mergeSort(a, scratch, mid, to, ids, weights);
    if (!after(a[mid - 1], a[mid], ids, weights)) {
      return;
    }
    System.arraycopy(a, from, scratch, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && !after(scratch[i], scratch[j], ids, weights))) {
        a[k] = scratch[i++];
      } else {
        a[k] = scratch[j++];
      }
    }
  }
}
