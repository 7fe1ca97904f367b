package org.recoupe.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.recoupe.text.DisjointSets;

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
    DisjointSets sets = new DisjointSets(articles.size());
    for (int[] pair : sharedCopy) {
      sets.union(pair[0], pair[1]);
    }
    Map<String, Integer> byAgency = new TreeMap<>();
    for (int i = 0; i < articles.size(); i++) {
      for (String agency : agencies.get(i)) {
        String key = agency.strip().toUpperCase(Locale.ROOT);
        Integer first = byAgency.putIfAbsent(key, i);
        if (first != null) {
          sets.union(first, i);
        }
      }
    }
    Map<Integer, List<String>> groups = new TreeMap<>();
    for (int i = 0; i < articles.size(); i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(articles.get(i));
    }
    List<List<String>> out = new ArrayList<>();
    for (List<String> g : groups.values()) {
      g.sort(Comparator.naturalOrder());
      out.add(List.copyOf(g));
    }
    out.sort(Comparator.comparing(g -> g.get(0)));
    return List.copyOf(out);
  }

}
