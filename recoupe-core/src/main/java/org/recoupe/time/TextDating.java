package org.recoupe.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Dates an article from its own text, for articles whose publication date is unknown: news is
 * written shortly after the latest day it reports, so the estimate is the latest day the text
 * names ("le 2 juillet", "mercredi 19 juin", "June 19, 2024") that is not in the future. The days
 * are the {@link TimeTagger}'s day-precise expressions, unanchored; a day is left out when its own
 * words ("le 1er septembre prochain") or else the nearest verb put it in the future ({@link
 * Tense}). News
 * writes the year of a day only when it is not the current one ("le 23 février 2002"), so days
 * with a year count only when the text names no day without one, and then only those of the
 * newest year. When the days all fit in half a year that spans the new year (28 December, 3
 * January), the latest is taken around the year's end.
 *
 * <p>Weekdays and "hier" are not used: they name days relative to the unknown publication day,
 * and any seven consecutive days hold every weekday, so they do not narrow the estimate. The
 * estimate is a lower bound on the publication day, often the day before or the same week, but
 * an article recalling an older event without naming a later day is dated by that event.
 * Thread-safe.
 */
public final class TextDating {
  private TextDating() {}

  /** The estimated day of {@code text} (ISO 639-1 {@code language}, may be null), or null. */
  public static TextDate estimate(String text, String language) {
    return estimate(TimeTagger.daysOnly(language).tag(text, null));
  }

  /** The estimated day from a text's time expressions (tagged without an anchor), or null. */
  public static TextDate estimate(List<TimeExpression> expressions) {
    List<TextDate> days = new ArrayList<>();
    boolean yearless = false;
    for (TimeExpression t : expressions) {
      Tense own = TenseCues.own(t.text());
      if (t.type() != TimexType.DATE && t.type() != TimexType.TIME
          || (own != Tense.NONE ? own : t.tense()) == Tense.FUTURE) {
        continue;
      }
      TextDate d = TimexValues.monthDay(t.value());
      if (d != null) {
        days.add(d);
        yearless |= d.year() == 0;
      }
    }
    int newestYear = 0;
    for (TextDate d : days) {
      newestYear = Math.max(newestYear, d.year());
    }
    int[] doys = new int[days.size()];
    TextDate[] kept = new TextDate[days.size()];
    int n = 0;
    for (TextDate d : days) {
      if (yearless ? d.year() == 0 : d.year() == newestYear) {
        kept[n] = d;
        doys[n++] = d.dayOfYear();
      }
    }
    if (n == 0) {
      return null;
    }
    return kept[latest(doys, n)];
  }

  /**
   * The index of the latest day: the one before the widest gap around the year when that gap is
   * at least half a year (the days then fit in one arc, which may span the new year), else the
   * latest in calendar order. Ties: the first in the text.
   */
  private static int latest(int[] doys, int n) {
    int calendar = 0;
    for (int i = 1; i < n; i++) {
      if (doys[i] > doys[calendar]) {
        calendar = i;
      }
    }
    int best = calendar;
    int widest = -1;
    for (int i = 0; i < n; i++) {
      // the gap after day i: to the next day going forward around the cycle
      int gap = TextDate.CYCLE;
      for (int j = 0; j < n; j++) {
        int forward = Math.floorMod(doys[j] - doys[i], TextDate.CYCLE);
        if (forward > 0 && forward < gap) {
          gap = forward;
        }
      }
      if (gap > widest || gap == widest && doys[i] == doys[best] && i < best) {
        widest = gap;
        best = i;
      }
    }
    return widest >= TextDate.CYCLE / 2 ? first(doys, n, doys[best]) : calendar;
  }

  private static int first(int[] doys, int n, int doy) {
    for (int i = 0; i < n; i++) {
      if (doys[i] == doy) {
        return i;
      }
    }
    return 0;
  }
}
