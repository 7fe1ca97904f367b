package org.recoupe.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/** Value-building helpers shared by the French and English rules. */
final class Build {
  private Build() {}

  /** A two- or four-digit year as a full year: 98 is 1998, 24 is 2024. */
  static int fullYear(String y) {
    int v = Integer.parseInt(y);
    if (y.length() <= 2) {
      return v < 50 ? 2000 + v : 1900 + v;
    }
    return v;
  }

  /**
   * A day of a month, with the year given or inferred, checked against a weekday if one was named.
   * Returns {@code null} when the date does not exist.
   */
  static Found dayMonth(int day, int month, String year, DayOfWeek weekday, Resolver.Rel rel, Resolver r) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    Integer y = year != null ? Integer.valueOf(fullYear(year)) : r.yearOf(month, day, rel, weekday);
    if (y == null) {
      if (day > (month == 2 ? 29 : java.time.Month.of(month).maxLength())) {
        return null;
      }
      return new Found(TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), null, weekday, null);
    }
    LocalDate d;
    try {
      d = LocalDate.of(y, month, day);
    } catch (DateTimeException e) {
      return null;
    }
    LocalDate other = weekday != null && d.getDayOfWeek() != weekday ? Resolver.nearest(d, weekday) : null;
    return new Found(TimexType.DATE, TimexValues.day(d), null, weekday, other);
  }

  /** A month, with the year given or inferred. */
  static Found month(int month, String year, Resolver.Rel rel, Resolver r) {
    Integer y = year != null ? Integer.valueOf(fullYear(year)) : r.yearOf(month, rel);
    return Found.of(TimexType.DATE, y == null
        ? String.format(Locale.ROOT, "XXXX-%02d", month) : TimexValues.month(y, month));
  }

  /** A day, or {@code XXXX-XX-XX} when it could not be resolved. */
  static String day(LocalDate d) {
    return d == null ? "XXXX-XX-XX" : TimexValues.day(d);
  }

  /** A weekday, resolved as a date, or {@code XXXX-WXX-n} when there is no anchor. */
  static Found weekday(DayOfWeek dow, Resolver.Rel rel, String part, Resolver r) {
    LocalDate d = r.weekday(dow, rel);
    String v = d == null ? "XXXX-WXX-" + dow.getValue() : TimexValues.day(d);
    if (part != null) {
      return new Found(TimexType.TIME, v + part, null, dow, null);
    }
    return new Found(TimexType.DATE, v, null, dow, null);
  }

  /** A day plus an optional part of day ({@code TMO}, {@code T12:00}...). */
  static Found dayPart(LocalDate d, String part) {
    String v = day(d);
    return part == null ? Found.of(TimexType.DATE, v) : Found.of(TimexType.TIME, v + part);
  }

  /** A clock time on a day. */
  static Found clock(LocalDate d, int hour, int minute) {
    if (hour > 24 || minute > 59) {
      return null;
    }
    return Found.of(TimexType.TIME, day(d) + String.format(Locale.ROOT, "T%02d:%02d", hour, minute));
  }

  /**
   * A duration value from an amount ({@code null} for "some") and a unit code: {@code Y}, {@code
   * M}, {@code W}, {@code D}, {@code DE} (decade), {@code CE} (century), {@code Q} (quarter, as 3
   * months), {@code H6} (half-year), {@code TH}, {@code TM}, {@code TS}.
   */
  static String duration(Double amount, String unit) {
    String n = amount == null ? "X" : number(amount);
    if (amount != null && unit.equals("Q")) {
      return "P" + number(amount * 3) + "M";
    }
    if (amount != null && unit.equals("H6")) {
      return "P" + number(amount * 6) + "M";
    }
    if (unit.equals("Q") || unit.equals("H6")) {
      return "PXM";
    }
    return unit.startsWith("T") ? "PT" + n + unit.substring(1) : "P" + n + unit;
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** A date moved by {@code amount} units; the value keeps the unit's precision. */
  static Found shifted(LocalDate base, int amount, String unit) {
    if (base == null) {
      return Found.of(TimexType.DATE, amount < 0 ? "PAST_REF" : "FUTURE_REF");
    }
    return switch (unit) {
      case "Y" -> Found.of(TimexType.DATE, TimexValues.year(base.getYear() + amount));
      case "M" -> {
        LocalDate d = base.plusMonths(amount);
        yield Found.of(TimexType.DATE, TimexValues.month(d.getYear(), d.getMonthValue()));
      }
      case "W" -> Found.of(TimexType.DATE, TimexValues.day(base.plusWeeks(amount)));
      case "DE" -> Found.of(TimexType.DATE, TimexValues.year(base.getYear() + 10 * amount));
      case "CE" -> Found.of(TimexType.DATE, TimexValues.year(base.getYear() + 100 * amount));
      default -> Found.of(TimexType.DATE, TimexValues.day(base.plusDays(amount)));
    };
  }

  /** The year, month, week... holding the anchor, moved by {@code offset} units. */
  static Found period(LocalDate base, String unit, int offset) {
    if (base == null) {
      return Found.of(TimexType.DATE, offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF");
    }
    return switch (unit) {
      case "Y" -> Found.of(TimexType.DATE, TimexValues.year(base.getYear() + offset));
      case "M" -> {
        LocalDate d = base.withDayOfMonth(1).plusMonths(offset);
        yield Found.of(TimexType.DATE, TimexValues.month(d.getYear(), d.getMonthValue()));
      }
      case "W" -> Found.of(TimexType.DATE, TimexValues.week(base.plusWeeks(offset)));
      case "WE" -> Found.of(TimexType.DATE, TimexValues.week(base.plusWeeks(offset)) + "-WE");
      case "Q" -> {
        LocalDate d = base.withDayOfMonth(1).plusMonths(3L * offset);
        yield Found.of(TimexType.DATE, d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1));
      }
      case "H6" -> {
        LocalDate d = base.withDayOfMonth(1).plusMonths(6L * offset);
        yield Found.of(TimexType.DATE, d.getYear() + "-H" + ((d.getMonthValue() - 1) / 6 + 1));
      }
      case "DE" -> Found.of(TimexType.DATE, Integer.toString((base.getYear() / 10) + offset));
      case "CE" -> Found.of(TimexType.DATE, String.format(Locale.ROOT, "%02dXX", base.getYear() / 100 + offset));
      default -> Found.of(TimexType.DATE, TimexValues.day(base.plusDays(offset)));
    };
  }

  /** A season of a year: {@code 2024-SU}; winter belongs to the year it starts in. */
  static Found season(String code, Integer year) {
    return Found.of(TimexType.DATE, (year == null ? "XXXX" : TimexValues.year(year)) + "-" + code);
  }

  /** The season code of the anchor's month ({@code SP SU FA WI}) and the year it starts in. */
  static int seasonYear(LocalDate base, String code, Resolver.Rel rel) {
    int m = base.getMonthValue();
    int current = m >= 3 && m <= 5 ? 0 : m >= 6 && m <= 8 ? 1 : m >= 9 && m <= 11 ? 2 : 3;
    int year = m <= 2 ? base.getYear() - 1 : base.getYear();
    int wanted = switch (code) {
      case "SP" -> 0;
      case "SU" -> 1;
      case "FA" -> 2;
      default -> 3;
    };
    if (rel == Resolver.Rel.LAST) {
      return wanted < current ? year : year - 1;
    }
    if (rel == Resolver.Rel.NEXT) {
      return wanted > current ? year : year + 1;
    }
    return year;
  }

  /** A Roman or Arabic ordinal ("xixe", "19") as a number, or -1. */
  static int ordinal(String s) {
    if (Character.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = switch (s.charAt(i)) {
        case 'i' -> 1;
        case 'v' -> 5;
        case 'x' -> 10;
        case 'l' -> 50;
        case 'c' -> 100;
        default -> -10000;
      };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total > 0 ? total : -1;
  }

  /** The century holding years {@code (n-1)00} to {@code (n-1)99}: {@code 18XX} for the 19th. */
  static Found century(int n) {
    if (n < 1 || n > 30) {
      return null;
    }
    return Found.of(TimexType.DATE, String.format(Locale.ROOT, "%02dXX", n - 1));
  }
}
