package org.recoupe.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoupe.text.Terms;

/**
 * Recoupe's multi-article summary: the sentences that the most independent origins corroborate
 * come first, each with the articles that back it. A sentence's score is the number of other
 * origins that carry a similar sentence (cosine of TF-IDF over content words), plus a small bonus
 * for coming early in its article; sentences too close to one already chosen are skipped. A plain
 * function of its input, thread-safe.
 */
public final class Summarizer {
  private static final double SUPPORT_SIMILARITY = 0.2;
  private static final double REDUNDANT_SIMILARITY = 0.45;
  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 60;

  /** The summary of {@code passages} in at most {@code maxWords} words, most corroborated first. */
  public List<SummaryPoint> summarize(List<Passage> passages, int maxWords) {
    List<Map<String, Double>> vectors = TfIdf.vectors(passages.stream().map(Passage::text).toList());
    int n = passages.size();
    double[] score = new double[n];
    List<List<Integer>> support = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Passage p = passages.get(i);
      Map<String, Double> bestPerOrigin = new HashMap<>();
      List<Integer> similar = new ArrayList<>();
      similar.add(i);
      for (int j = 0; j < n; j++) {
        Passage q = passages.get(j);
        if (q.articleId().equals(p.articleId())) {
          continue;
        }
        double sim = TfIdf.cosine(vectors.get(i), vectors.get(j));
        if (sim >= SUPPORT_SIMILARITY) {
          similar.add(j);
          if (!q.origin().equals(p.origin())) {
            bestPerOrigin.merge(q.origin(), sim, Math::max);
          }
        }
      }
      double corroboration = bestPerOrigin.values().stream().mapToDouble(Double::doubleValue).sum();
      double lead = 1.0 / Math.sqrt(1 + p.index());
      int words = wordCount(p.text());
      double lengthFit = words < MIN_WORDS ? 0.2 : words > MAX_WORDS ? 0.6 : 1.0;
      score[i] = (corroboration + 0.5 * lead) * lengthFit;
      support.add(similar);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -score[i])
        .thenComparing(i -> passages.get(i).articleId()).thenComparingInt(i -> passages.get(i).index()));
    List<SummaryPoint> out = new ArrayList<>();
    List<Integer> chosen = new ArrayList<>();
    int used = 0;
    for (int i : order) {
      if (used >= maxWords) {
        break;
      }
      if (wordCount(passages.get(i).text()) < MIN_WORDS) {
        continue;
      }
      boolean redundant = false;
      for (int c : chosen) {
        if (TfIdf.cosine(vectors.get(i), vectors.get(c)) >= REDUNDANT_SIMILARITY) {
          redundant = true;
          break;
        }
      }
      if (redundant) {
        continue;
      }
      chosen.add(i);
      used += wordCount(passages.get(i).text());
      List<Passage> backing = support.get(i).stream().map(passages::get).toList();
      Set<String> origins = new HashSet<>();
      backing.forEach(b -> origins.add(b.origin()));
      out.add(new SummaryPoint(passages.get(i), backing, origins.size()));
    }
    return out;
  }

  static int wordCount(String text) {
    return Terms.fold(text).split("[^\\p{L}\\p{N}]+").length;
  }
}
