package org.recoupe.app.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L (Lin 2004), re-implemented: lower-cased word tokens, no stemming and
 * no stop-word removal (French has no standard ROUGE stemmer); with several references, each score
 * is the mean over references. Scores are precision, recall and F1 of n-gram overlap with clipped
 * counts; ROUGE-L uses the longest common subsequence of the whole token sequences.
 */
final class Rouge {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** {recall, precision, f1} for ROUGE-1, ROUGE-2 and ROUGE-L, in that order (9 numbers). */
  static double[] score(String summary, List<String> references) {
    List<String> s = tokens(summary);
    double[] sum = new double[9];
    for (String ref : references) {
      List<String> r = tokens(ref);
      add(sum, 0, ngram(s, r, 1));
      add(sum, 3, ngram(s, r, 2));
      add(sum, 6, lcs(s, r));
    }
    for (int i = 0; i < 9; i++) {
      sum[i] /= references.size();
    }
    return sum;
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static void add(double[] sum, int at, double[] prf) {
    for (int i = 0; i < 3; i++) {
      sum[at + i] += prf[i];
    }
  }

  private static double[] ngram(List<String> s, List<String> r, int n) {
    Map<List<String>, Integer> rs = grams(r, n);
    Map<List<String>, Integer> ss = grams(s, n);
    int overlap = 0;
    for (Map.Entry<List<String>, Integer> e : ss.entrySet()) {
      overlap += Math.min(e.getValue(), rs.getOrDefault(e.getKey(), 0));
    }
    return prf(overlap, Math.max(0, s.size() - n + 1), Math.max(0, r.size() - n + 1));
  }

  private static double[] lcs(List<String> s, List<String> r) {
    int[] prev = new int[r.size() + 1];
    int[] cur = new int[r.size() + 1];
    for (String a : s) {
      for (int j = 1; j <= r.size(); j++) {
        cur[j] = a.equals(r.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prf(prev[r.size()], s.size(), r.size());
  }

  private static double[] prf(int overlap, int summaryCount, int referenceCount) {
    double recall = referenceCount == 0 ? 0 : (double) overlap / referenceCount;
    double precision = summaryCount == 0 ? 0 : (double) overlap / summaryCount;
    double f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
    return new double[] {recall, precision, f1};
  }

  private static Map<List<String>, Integer> grams(List<String> tokens, int n) {
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }
}
