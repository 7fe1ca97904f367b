package org.recoupe.time;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A day an article's own text points to, when its publication date is unknown (see {@link
 * TextDating}): a month and a day, and the year when the text writes it.
 *
 * @param year the year, or 0 when the text does not say
 * @param month 1 to 12
 * @param day 1 to the length of the month (29 February allowed)
 */
public record TextDate(int year, int month, int day) {
  /** Days in the cycle {@link #dayOfYear} runs over (a leap year). */
  public static final int CYCLE = 366;

  /** Checks the fields. */
  public TextDate {
    if (year < 0) {
      throw new IllegalArgumentException("negative year " + year);
    }
    MonthDay.of(month, day);
  }

  /** The text date of a calendar day (year known). */
  public static TextDate of(LocalDate date) {
    return new TextDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** The day in a leap year's calendar, 0 to 365: what story clustering compares. */
  public int dayOfYear() {
    return LocalDate.of(2000, month, day).getDayOfYear() - 1;
  }

  /**
   * Days between two {@link #dayOfYear} values around the year's cycle (0 to 183): 28 December
   * and 3 January are 6 days apart.
   */
  public static int cycleDistance(int a, int b) {
    int d = Math.abs(a - b) % CYCLE;
    return Math.min(d, CYCLE - d);
  }
}
