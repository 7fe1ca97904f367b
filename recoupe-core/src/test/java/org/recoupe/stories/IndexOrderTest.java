package org.recoupe.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** IndexOrder's sort against a plain comparator sort, with many ties in weight. */
class IndexOrderTest {

  @Test
  void sortsByDecreasingWeightThenIncreasingId() {
    Random random = new Random(7);
    for (int n : new int[] {0, 1, 2, 15, 16, 17, 100, 1_000}) {
      int[] ids = IntStream.range(0, n).map(i -> i * 3 + 1).toArray();
      shuffle(ids, random);
      double[] weights = IntStream.range(0, n).mapToDouble(i -> random.nextInt(5) * 0.5).toArray();
      int[] expected = IntStream.range(0, n).boxed()
          .sorted(Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparingInt(i -> ids[i]))
          .mapToInt(Integer::intValue).toArray();
      assertArrayEquals(expected, IndexOrder.heaviestFirst(ids, weights, n), "n=" + n);
    }
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
