package org.recoupe.dedup;

import java.util.Arrays;

/**
 * A hash map from {@code long} keys to non-null values, by open addressing (linear probing,
 * backward-shift deletion), so band keys are neither boxed nor wrapped in map entries. Any long is
 * a valid key. Not thread-safe.
 *
 * @param <V> the value type
 */
final class LongTable<V> {
  private static final int INITIAL = 16;

  private long[] keys = new long[INITIAL];
  private Object[] values = new Object[INITIAL];
  private int size;

  /** The value under {@code key}, or null. */
  @SuppressWarnings("unchecked")
  V get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return (V) values[i];
      }
    }
    return null;
  }

  /** Stores {@code value} (not null) under {@code key}; returns the previous value, or null. */
  @SuppressWarnings("unchecked")
  V put(long key, V value) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (values[i] != null) {
      if (keys[i] == key) {
        V old = (V) values[i];
        values[i] = value;
        return old;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return null;
  }

  /** Removes {@code key} and its value, if present. */
  void remove(long key) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (values[i] != null && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (values[i] == null) {
      return;
    }
    size--;
    int gap = i;
    for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
      int home = slot(keys[j], mask);
      boolean movable = gap <= j ? (home <= gap || home > j) : (home <= gap && home > j);
      if (movable) {
        keys[gap] = keys[j];
        values[gap] = values[j];
        gap = j;
      }
    }
    values[gap] = null;
  }

  /** Removes every entry (and gives back the room a large table took). */
  void clear() {
    if (keys.length > 4 * INITIAL) {
      keys = new long[INITIAL];
      values = new Object[INITIAL];
    } else if (size > 0) {
      Arrays.fill(values, null);
    }
    size = 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldValues[k] != null) {
        int i = slot(oldKeys[k], mask);
        while (values[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[k];
        values[i] = oldValues[k];
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) Hashing.mix64(key) & mask;
  }
}
