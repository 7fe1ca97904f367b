package org.recoupe.text;

/**
 * Union-find over the integers {@code 0..n-1}, for grouping items that are pairwise alike (quotes
 * of one statement, articles of one origin). The representative of a group is its smallest member,
 * so groups come out the same whatever order the unions were made in. Not thread-safe.
 */
public final class DisjointSets {
  private final int[] parent;

  /** {@code n} singletons. */
  public DisjointSets(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  /** The smallest member of {@code i}'s group. */
  public int find(int i) {
    int x = i;
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Joins the groups of {@code a} and {@code b}. */
  public void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
