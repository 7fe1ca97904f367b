package org.recoupe.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds, for every article of a batch, which of its sentences appear (identical or lightly edited)
 * in which other articles. A plain function over immutable values: the result does not depend on
 * the order of the input.
 */
public final class NearDuplicates {
  private NearDuplicates() {}

  /**
   * Every matching sentence pair of the batch, seen from both sides, keyed by article id (articles
   * without matches are absent), each list sorted by position then other article.
   */
  public static Map<String, List<PassageMatch>> find(List<ArticlePassages> articles) {
    PassageIndex index = PassageIndex.createDefault();
    Map<String, List<PassageMatch>> out = new TreeMap<>();
    List<ArticlePassages> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(ArticlePassages::id));
    for (ArticlePassages a : sorted) {
      for (PassageMatch m : index.add(a, 0)) {
        out.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m);
        out.computeIfAbsent(m.other(), k -> new ArrayList<>()).add(m.reversed());
      }
    }
    Comparator<PassageMatch> order = Comparator.comparing(PassageMatch::passage)
        .thenComparing(PassageMatch::other)
        .thenComparing(PassageMatch::otherPassage);
    out.replaceAll((k, v) -> {
      v.sort(order);
      return List.copyOf(v);
    });
    return out;
  }
}
