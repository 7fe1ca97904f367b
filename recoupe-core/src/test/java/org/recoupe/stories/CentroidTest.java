package org.recoupe.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Centroid (open-addressed table with a filter of stored ids) against a plain map sum, under a
 * seeded random stream of vectors added and taken out again, with ids that collide in the filter.
 */
class CentroidTest {

  @Test
  void cosinesMatchAPlainSumWhileVectorsComeAndGo() {
    for (long seed = 1; seed <= 10; seed++) {
      Random random = new Random(seed);
      Centroid centroid = new Centroid(100_000);
      Map<Integer, Double> sum = new HashMap<>();
      List<SparseVector> inside = new ArrayList<>();
      for (int step = 0; step < 400; step++) {
        if (!inside.isEmpty() && random.nextInt(3) == 0) {
          SparseVector out = inside.remove(random.nextInt(inside.size()));
          centroid.subtract(out);
          for (int i = 0; i < out.size(); i++) {
            sum.merge(out.id(i), -(double) out.value(i), Double::sum);
          }
        } else {
          SparseVector v = vector(random);
          inside.add(v);
          centroid.add(v);
          for (int i = 0; i < v.size(); i++) {
            sum.merge(v.id(i), (double) v.value(i), Double::sum);
          }
        }
        SparseVector probe = vector(random);
        assertEquals(reference(sum, probe), centroid.cosine(probe), 1e-4, "seed " + seed + " step " + step);
      }
    }
  }

  /** A unit vector over ids drawn from a small range (many shared) plus a few far ones, id 0 included. */
  private static SparseVector vector(Random random) {
    Map<Integer, Double> weights = new HashMap<>();
    for (int k = 0; k < 8; k++) {
      int id = random.nextInt(4) == 0 ? random.nextInt() : random.nextInt(200);
      weights.put(id, 0.1 + random.nextDouble());
    }
    double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    weights.replaceAll((id, w) -> w / norm);
    return SparseVector.of(weights);
  }

  private static double reference(Map<Integer, Double> sum, SparseVector unit) {
    double norm = Math.sqrt(sum.values().stream().mapToDouble(w -> w > 1e-6 ? w * w : 0).sum());
    double dot = 0;
    for (int i = 0; i < unit.size(); i++) {
      double w = sum.getOrDefault(unit.id(i), 0.0);
      dot += unit.value(i) * (w > 1e-6 ? w : 0);
    }
    return norm == 0 ? 0 : dot / norm;
  }
}
