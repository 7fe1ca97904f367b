package org.recoupe.app.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's measure, re-implemented: texts are cut into {@code \w+}
 * tokens, compared as counted 4-token shingles; each document's TP/FP/FN is normalised to sum to 1,
 * precision and recall are averaged over documents, and F1 is computed from the two averages.
 */
public final class ShingleScore {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private final List<double[]> perDocument = new ArrayList<>();

  /** Adds one document's comparison. */
  public void add(String gold, String predicted) {
    perDocument.add(match(gold, predicted));
  }

  /** Number of documents added. */
  public int count() {
    return perDocument.size();
  }

  /** Mean of per-document precision over documents that predicted something. */
  public double precision() {
    double sum = 0;
    int n = 0;
    for (double[] t : perDocument) {
      if (t[0] + t[1] > 0) {
        sum += score(t[0], t[1], t[2]);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** Mean of per-document recall over documents whose gold is non-empty. */
  public double recall() {
    double sum = 0;
    int n = 0;
    for (double[] t : perDocument) {
      if (t[0] + t[2] > 0) {
        sum += score(t[0], t[2], t[1]);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** Harmonic mean of {@link #precision()} and {@link #recall()}. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** tp / (tp + other), with the benchmark's conventions for empty cases. */
  private static double score(double tp, double other, double rest) {
    if (other == 0 && rest == 0) {
      return 1;
    }
    if (tp == 0 && other == 0) {
      return 0;
    }
    return tp / (tp + other);
  }

  static double[] match(String gold, String predicted) {
    Map<List<String>, Integer> g = shingles(gold);
    Map<List<String>, Integer> p = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(g.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> k : keys) {
      int gc = g.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(gc, pc);
      fp += Math.max(0, pc - gc);
      fn += Math.max(0, gc - pc);
    }
    double s = tp + fp + fn;
    return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> out = new HashMap<>();
    int last = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < last; i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        out.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return out;
  }
}
