package org.recoupe.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** LongTable against a HashMap under a seeded random mix of puts, removes and lookups. */
class LongTableTest {

  @Test
  void behavesLikeAHashMapUnderRandomOperations() {
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      LongTable<String> table = new LongTable<>();
      Map<Long, String> reference = new HashMap<>();
      // Few distinct keys, spread over the whole long range, so probes collide and removals shift runs.
      long[] pool = new long[64];
      for (int i = 0; i < pool.length; i++) {
        pool[i] = i % 3 == 0 ? random.nextLong() : i * 1024L;
      }
      for (int op = 0; op < 5_000; op++) {
        long key = pool[random.nextInt(pool.length)];
        switch (random.nextInt(4)) {
          case 0, 1 -> {
            String value = "v" + op;
            assertEquals(reference.put(key, value), table.put(key, value), "seed " + seed + " op " + op);
          }
          case 2 -> {
            reference.remove(key);
            table.remove(key);
          }
          default -> assertEquals(reference.get(key), table.get(key), "seed " + seed + " op " + op);
        }
      }
      for (long key : pool) {
        assertEquals(reference.get(key), table.get(key));
      }
      table.clear();
      for (long key : pool) {
        assertNull(table.get(key));
      }
    }
  }

  @Test
  void aClearedTableTakesNewEntries() {
    LongTable<String> small = new LongTable<>();
    small.put(-1L, "a");
    small.put(Long.MIN_VALUE, "b");
    small.clear();
    assertNull(small.get(-1L));
    assertNull(small.put(Long.MIN_VALUE, "c"));
    assertEquals("c", small.get(Long.MIN_VALUE));
    LongTable<Integer> large = new LongTable<>();
    for (int i = 0; i < 1_000; i++) {
      large.put(i * 31L, i);
    }
    large.clear();
    for (int i = 0; i < 1_000; i++) {
      assertNull(large.put(i * 17L, i));
    }
    assertEquals(999, large.get(999 * 17L));
  }
}
