package org.recoupe.app.eval;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.recoupe.entities.EntityType;

/** Entity-level scores (exact span and type), per type and overall, accumulated sentence by sentence. */
final class EntityScores {
  /** An entity of one sentence: character range and type. */
  record Entity(int start, int end, EntityType type) {}

  private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

  EntityScores() {
    for (EntityType t : EntityType.values()) {
      counts.put(t, new int[3]);
    }
  }

  /** Adds one sentence's gold and predicted entities. */
  void add(Set<Entity> gold, Set<Entity> predicted) {
    Set<Entity> hits = new HashSet<>(predicted);
    hits.retainAll(gold);
    for (Entity e : hits) {
      counts.get(e.type())[0]++;
    }
    for (Entity e : predicted) {
      if (!hits.contains(e)) {
        counts.get(e.type())[1]++;
      }
    }
    for (Entity e : gold) {
      if (!hits.contains(e)) {
        counts.get(e.type())[2]++;
      }
    }
  }

  /** Scores per type, then "overall" (micro-averaged), each as tp, fp, fn, precision, recall, f1. */
  Map<String, Map<String, Number>> table() {
    Map<String, Map<String, Number>> out = new LinkedHashMap<>();
    int[] all = new int[3];
    for (EntityType t : EntityType.values()) {
      int[] c = counts.get(t);
      out.put(t.name(), row(c));
      for (int i = 0; i < 3; i++) {
        all[i] += c[i];
      }
    }
    out.put("overall", row(all));
    return out;
  }

  private static Map<String, Number> row(int[] c) {
    double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    Map<String, Number> m = new LinkedHashMap<>();
    m.put("tp", c[0]);
    m.put("fp", c[1]);
    m.put("fn", c[2]);
    m.put("precision", round(p));
    m.put("recall", round(r));
    m.put("f1", round(f));
    return m;
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
