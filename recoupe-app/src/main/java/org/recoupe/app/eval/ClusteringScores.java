package org.recoupe.app.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Agreement between a predicted clustering and a gold one over the same items: B-cubed precision,
 * recall and F1 (Bagga and Baldwin), and the adjusted Rand index (Hubert and Arabie).
 *
 * @param precision B-cubed precision
 * @param recall B-cubed recall
 * @param f1 B-cubed F1
 * @param adjustedRand the adjusted Rand index
 */
public record ClusteringScores(double precision, double recall, double f1, double adjustedRand) {

  /** Scores {@code predicted} against {@code gold} (item → cluster label; same key set). */
  public static ClusteringScores of(Map<String, String> predicted, Map<String, String> gold) {
    if (!predicted.keySet().equals(gold.keySet())) {
      throw new IllegalArgumentException("predicted and gold clusterings cover different items");
    }
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (String item : gold.keySet()) {
      predSize.merge(predicted.get(item), 1, Integer::sum);
      goldSize.merge(gold.get(item), 1, Integer::sum);
      both.merge(predicted.get(item) + '\u0000' + gold.get(item), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (String item : gold.keySet()) {
      int overlap = both.get(predicted.get(item) + '\u0000' + gold.get(item));
      p += (double) overlap / predSize.get(predicted.get(item));
      r += (double) overlap / goldSize.get(gold.get(item));
    }
    int n = gold.size();
    p /= n;
    r /= n;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    double index = 0;
    for (int v : both.values()) {
      index += pairs(v);
    }
    double a = 0;
    for (int v : predSize.values()) {
      a += pairs(v);
    }
    double b = 0;
    for (int v : goldSize.values()) {
      b += pairs(v);
    }
    double expected = a * b / pairs(n);
    double max = (a + b) / 2;
    double ari = max == expected ? 1 : (index - expected) / (max - expected);
    return new ClusteringScores(p, r, f1, ari);
  }

  private static double pairs(long k) {
    return k * (k - 1) / 2.0;
  }
}
