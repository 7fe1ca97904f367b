package org.recoupe.app.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.recoupe.brief.Passage;
import org.recoupe.brief.TfIdf;

/**
 * The LexRank baseline (Erkan and Radev 2004): sentences are nodes, linked when the cosine of their
 * TF-IDF vectors is at least 0.1; the stationary distribution of a random walk on that graph
 * (damping 0.85) ranks them; the top-ranked ones are taken in order, skipping any too similar to
 * one already taken, until the word budget is spent.
 */
final class LexRank {
  private static final double EDGE = 0.1;
  private static final double DAMPING = 0.85;
  private static final double REDUNDANT = 0.5;

  private LexRank() {}

  static List<Passage> summarize(List<Passage> passages, int maxWords) {
    List<Map<String, Double>> v = TfIdf.vectors(passages.stream().map(Passage::text).toList());
    int n = passages.size();
    double[][] w = new double[n][n];
    double[] degree = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (TfIdf.cosine(v.get(i), v.get(j)) >= EDGE) {
          w[i][j] = 1;
          degree[i]++;
        }
      }
    }
    double[] rank = new double[n];
    java.util.Arrays.fill(rank, 1.0 / n);
    for (int iter = 0; iter < 100; iter++) {
      double[] next = new double[n];
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int i = 0; i < n; i++) {
          if (w[i][j] > 0) {
            s += rank[i] / degree[i];
          }
        }
        next[j] = (1 - DAMPING) / n + DAMPING * s;
      }
      rank = next;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double[] r = rank;
    java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -r[i]).thenComparingInt(i -> i));
    List<Passage> out = new ArrayList<>();
    List<Integer> taken = new ArrayList<>();
    int used = 0;
    for (int i : order) {
      if (used >= maxWords) {
        break;
      }
      boolean redundant = taken.stream().anyMatch(t -> TfIdf.cosine(v.get(i), v.get(t)) >= REDUNDANT);
      if (!redundant) {
        taken.add(i);
        out.add(passages.get(i));
        used += Rouge.tokens(passages.get(i).text()).size();
      }
    }
    return out;
  }
}
