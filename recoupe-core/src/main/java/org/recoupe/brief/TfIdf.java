package org.recoupe.brief;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recoupe.text.Terms;

/** TF-IDF vectors of short texts over {@link Terms} content words, and their cosine. */
public final class TfIdf {
  private TfIdf() {}

  /** One normalised vector per text; IDF is computed over {@code texts} themselves. */
  public static List<Map<String, Double>> vectors(List<String> texts) {
    List<Map<String, Integer>> counts = texts.stream().map(TfIdf::counts).toList();
    Map<String, Integer> df = new HashMap<>();
    for (Map<String, Integer> c : counts) {
      c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    int n = texts.size();
    return counts.stream().map(c -> {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> e : c.entrySet()) {
        double w = (1 + Math.log(e.getValue())) * Math.log((n + 1.0) / df.get(e.getKey()));
        v.put(e.getKey(), w);
        norm += w * w;
      }
      double len = Math.sqrt(norm);
      if (len > 0) {
        v.replaceAll((k, w) -> w / len);
      }
      return v;
    }).toList();
  }

  /** Cosine of two normalised vectors. */
  public static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }

  private static Map<String, Integer> counts(String text) {
    Map<String, Integer> c = new HashMap<>();
    for (String t : Terms.of(text)) {
      c.merge(t, 1, Integer::sum);
    }
    return c;
  }
}
