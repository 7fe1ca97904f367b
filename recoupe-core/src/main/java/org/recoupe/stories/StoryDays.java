package org.recoupe.stories;

import java.util.Arrays;
import org.recoupe.time.TextDate;

/**
 * The dates of a story's articles as days of the year ({@link TextDate#dayOfYear}), a sorted
 * multiset, and how well a date agrees with them. Mutable; owned by one open story.
 */
final class StoryDays {
  private int[] days = new int[4];
  private int size;

  void add(int day) {
    if (size == days.length) {
      days = Arrays.copyOf(days, size * 2);
    }
    int at = lowerBound(day);
    System.arraycopy(days, at, days, at + 1, size - at);
    days[at] = day;
    size++;
  }

  void remove(int day) {
    int at = Arrays.binarySearch(days, 0, size, day);
    if (at < 0) {
      throw new IllegalStateException("day " + day + " is not in the story");
    }
    System.arraycopy(days, at + 1, days, at, size - at - 1);
    size--;
  }

  int size() {
    return size;
  }

  /** How many of the days are within {@code tolerance} of {@code day}, around the year's cycle. */
  int within(int day, int tolerance) {
    if (2 * tolerance + 1 >= TextDate.CYCLE) {
      return size;
    }
    int from = day - tolerance;
    int to = day + tolerance;
    int n = count(Math.max(0, from), Math.min(TextDate.CYCLE - 1, to));
    if (from < 0) {
      n += count(TextDate.CYCLE + from, TextDate.CYCLE - 1);
    }
    if (to >= TextDate.CYCLE) {
      n += count(0, to - TextDate.CYCLE);
    }
    return n;
  }

  /**
   * The day around which most days lie (within {@code tolerance}; ties: the earliest) and how
   * many do, packed (read with {@link #day} and {@link #support}); -1 when there is no day. {@code
   * without}: one occurrence of that day is left out (-1: none).
   */
  long mode(int tolerance, int without) {
    long best = -1;
    int bestCount = 0;
    for (int i = 0; i < size; i++) {
      int d = days[i];
      if (i > 0 && d == days[i - 1] || d == without && (i + 1 == size || days[i + 1] != d)) {
        continue;
      }
      int c = within(d, tolerance);
      if (without >= 0 && TextDate.cycleDistance(d, without) <= tolerance) {
        c--;
      }
      if (c > bestCount) {
        bestCount = c;
        best = d;
      }
    }
    return best < 0 ? -1 : (best << 32) | bestCount;
  }

  /** The day of a {@link #mode}. */
  static int day(long mode) {
    return (int) (mode >>> 32);
  }

  /** How many days lie around the day of a {@link #mode}. */
  static int support(long mode) {
    return (int) mode;
  }

  /** Days in {@code [from, to]}. */
  private int count(int from, int to) {
    return from > to ? 0 : lowerBound(to + 1) - lowerBound(from);
  }

  private int lowerBound(int day) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
