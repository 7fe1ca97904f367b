package org.recoupe.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running sum of a story's article vectors, capped in size: when it holds more than twice its
 * cap, only the heaviest features are kept. Mutable; owned by one open story.
 */
final class Centroid {
  private final HashMap<Integer, Float> weights = new HashMap<>();
  private final int cap;
  private double cachedNorm = -1;

  Centroid(int cap) {
    this.cap = cap;
  }

  void add(SparseVector v) {
    for (int i = 0; i < v.size(); i++) {
      weights.merge(v.id(i), v.value(i), Float::sum);
    }
    cachedNorm = -1;
    if (weights.size() > 2 * cap) {
      prune();
    }
  }

  void subtract(SparseVector v) {
    for (int i = 0; i < v.size(); i++) {
      Float w = weights.get(v.id(i));
      if (w != null) {
        float left = w - v.value(i);
        if (left <= 1e-6f) {
          weights.remove(v.id(i));
        } else {
          weights.put(v.id(i), left);
        }
      }
    }
    cachedNorm = -1;
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  double norm() {
    if (cachedNorm < 0) {
      double sum = 0;
      for (float w : weights.values()) {
        sum += (double) w * w;
      }
      cachedNorm = Math.sqrt(sum);
    }
    return cachedNorm;
  }

  /** The cosine with a unit vector. */
  double cosine(SparseVector unit) {
    double dot = 0;
    for (int i = 0; i < unit.size(); i++) {
      Float w = weights.get(unit.id(i));
      if (w != null) {
        dot += unit.value(i) * w;
      }
    }
    double n = norm();
    return n == 0 ? 0 : dot / n;
  }

  /** The cosine with another centroid. */
  double cosine(Centroid other) {
    Map<Integer, Float> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<Integer, Float> large = small == weights ? other.weights : weights;
    double dot = 0;
    for (Map.Entry<Integer, Float> e : small.entrySet()) {
      Float w = large.get(e.getKey());
      if (w != null) {
        dot += (double) e.getValue() * w;
      }
    }
    double norms = norm() * other.norm();
    return norms == 0 ? 0 : dot / norms;
  }

  /** The ids of the {@code k} heaviest features (ties: smaller id first). */
  int[] top(int k) {
    List<Map.Entry<Integer, Float>> entries = sorted();
    int[] out = new int[Math.min(k, entries.size())];
    for (int i = 0; i < out.length; i++) {
      out[i] = entries.get(i).getKey();
    }
    return out;
  }

  private void prune() {
    List<Map.Entry<Integer, Float>> entries = sorted();
    for (int i = cap; i < entries.size(); i++) {
      weights.remove(entries.get(i).getKey());
    }
    cachedNorm = -1;
  }

  private List<Map.Entry<Integer, Float>> sorted() {
    List<Map.Entry<Integer, Float>> entries = new ArrayList<>(weights.entrySet());
    entries.sort((a, b) -> !a.getValue().equals(b.getValue())
        ? Float.compare(b.getValue(), a.getValue()) : Integer.compare(a.getKey(), b.getKey()));
    return entries;
  }
}
