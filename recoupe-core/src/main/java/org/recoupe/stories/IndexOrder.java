package org.recoupe.stories;

/**
 * Sorts positions {@code 0..n-1} by a comparison of what they index, without boxing them (a stable
 * merge sort, so the order is the one {@code Arrays.sort} on boxed positions gives).
 */
final class IndexOrder {
  private static final int INSERTION = 16;

  private IndexOrder() {}

  /** Compares positions {@code a} and {@code b}, like {@link java.util.Comparator#compare}. */
  @FunctionalInterface
  interface Comparison {
    int compare(int a, int b);
  }

  /** Positions {@code 0..n-1} in increasing order. */
  static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  /** Positions {@code 0..n-1} in the order of {@code cmp}. */
  static int[] sort(int n, Comparison cmp) {
    int[] order = identity(n);
    int[] scratch = new int[n];
    mergeSort(order, scratch, 0, n, cmp);
    return order;
  }

  private static void mergeSort(int[] a, int[] scratch, int from, int to, Comparison cmp) {
    if (to - from <= INSERTION) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && cmp.compare(a[j], x) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, scratch, from, mid, cmp);
    mergeSort(a, scratch, mid, to, cmp);
    if (cmp.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, scratch, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && cmp.compare(scratch[i], scratch[j]) <= 0)) {
        a[k] = scratch[i++];
      } else {
        a[k] = scratch[j++];
      }
    }
  }
}
