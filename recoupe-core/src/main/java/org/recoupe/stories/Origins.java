package org.recoupe.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Source independence: articles that share copy, or credit the same wire agency, come from one
 * origin. A plain function (union-find) over the story's articles.
 */
public final class Origins {
  private Origins() {}

  /**
   * The origin groups of {@code articles}: {@code sharedCopy} lists pairs of indices into {@code
   * articles} that share copy; {@code agencies} gives each article's credited agencies (same
   * order). Groups are sorted, and sorted by their first id.
   */
  public static List<List<String>> groups(List<String> articles, List<List<String>> agencies, List<int[]> sharedCopy) {
    int[] parent = new int[articles.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int[] pair : sharedCopy) {
      union(parent, pair[0], pair[1]);
    }
    Map<String, Integer> byAgency = new TreeMap<>();
    for (int i = 0; i < articles.size(); i++) {
      for (String agency : agencies.get(i)) {
        String key = agency.strip().toUpperCase(Locale.ROOT);
        Integer first = byAgency.putIfAbsent(key, i);
        if (first != null) {
          union(parent, first, i);
        }
      }
    }
    Map<Integer, List<String>> groups = new TreeMap<>();
    for (int i = 0; i < articles.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(articles.get(i));
    }
    List<List<String>> out = new ArrayList<>();
    for (List<String> g : groups.values()) {
      g.sort(Comparator.naturalOrder());
      out.add(List.copyOf(g));
    }
    out.sort(Comparator.comparing(g -> g.get(0)));
    return List.copyOf(out);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
