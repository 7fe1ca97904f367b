package org.recoupe.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes TIMEX3 value strings: the calendar interval a DATE or TIME value covers, and
 * the formatting of days, months, weeks and years.
 */
public final class TimexValues {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern MONTH_DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})(?:XX)?");

  private TimexValues() {}

  /** A calendar interval, both ends included. */
  public record Interval(LocalDate start, LocalDate end) {}

  /** {@code 2024-06-19}. */
  public static String day(LocalDate d) {
    return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /** {@code 2024-06}. */
  public static String month(int year, int month) {
    return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
  }

  /** {@code 2024}. */
  public static String year(int year) {
    return String.format(java.util.Locale.ROOT, "%04d", year);
  }

  /** The ISO week holding {@code d}: {@code 2024-W25}. */
  public static String week(LocalDate d) {
    return String.format(java.util.Locale.ROOT, "%04d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The day of a day-precise value ({@code 2024-06-19}, {@code 2024-06-19T16:00}), if any. */
  public static Optional<LocalDate> day(String value) {
    Matcher m = DAY.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The month and day of a day-precise value, with or without its year ({@code 2024-06-19},
   * {@code XXXX-06-19T16:00}), or null.
   */
  public static TextDate monthDay(String value) {
    Matcher m = MONTH_DAY.matcher(value);
    if (!m.matches()) {
      return null;
    }
    int year = m.group(1).equals("XXXX") ? 0 : Integer.parseInt(m.group(1));
    try {
      TextDate d = new TextDate(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      return year == 0 || java.time.Year.isLeap(year) || d.month() != 2 || d.day() != 29 ? d : null;
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * The calendar interval a DATE or TIME value covers (a day, a week, a month, a season, a year, a
   * decade, a century), or empty for references ({@code PAST_REF}), underspecified values
   * ({@code XXXX-06}) and durations.
   */
  public static Optional<Interval> interval(String value) {
    Optional<LocalDate> d = day(value);
    if (d.isPresent()) {
      return Optional.of(new Interval(d.get(), d.get()));
    }
    Matcher m;
    if ((m = MONTH.matcher(value)).matches()) {
      LocalDate s = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
      return Optional.of(new Interval(s, s.with(TemporalAdjusters.lastDayOfMonth())));
    }
    if ((m = WEEK.matcher(value)).matches()) {
      LocalDate s = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
          .with(DayOfWeek.MONDAY);
      return Optional.of(new Interval(s, s.plusDays(6)));
    }
    if ((m = SEASON.matcher(value)).matches()) {
      int y = Integer.parseInt(m.group(1));
      int[] months = switch (m.group(2)) {
        case "SP" -> new int[] {3, 5};
        case "SU" -> new int[] {6, 8};
        case "FA" -> new int[] {9, 11};
        case "WI" -> new int[] {12, 14};
        case "Q1" -> new int[] {1, 3};
        case "Q2" -> new int[] {4, 6};
        case "Q3" -> new int[] {7, 9};
        case "Q4" -> new int[] {10, 12};
        case "H1" -> new int[] {1, 6};
        default -> new int[] {7, 12};
      };
      LocalDate s = LocalDate.of(y, months[0], 1);
      LocalDate e = LocalDate.of(y, 1, 1).plusMonths(months[1]).minusDays(1);
      return Optional.of(new Interval(s, e));
    }
    if ((m = YEAR.matcher(value)).matches()) {
      int y = Integer.parseInt(m.group(1));
      return Optional.of(new Interval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
    }
    if ((m = DECADE.matcher(value)).matches()) {
      int y = Integer.parseInt(m.group(1)) * 10;
      return Optional.of(new Interval(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31)));
    }
    if ((m = CENTURY.matcher(value)).matches()) {
      int y = Integer.parseInt(m.group(1)) * 100;
      return Optional.of(new Interval(LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31)));
    }
    return Optional.empty();
  }
}
