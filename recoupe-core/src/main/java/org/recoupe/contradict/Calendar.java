package org.recoupe.contradict;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoupe.document.Span;

/**
 * French and English calendar words of a passage: day-precise dates ("mercredi 18 juin 2025",
 * "1er mars", "entre le 1er et le 5 mars", "June 18, 2025"), years stated as the time of the fact
 * ("en 2016", "in 2016"), and named weekdays ("mardi", "Wednesday").
 */
final class Calendar {
  private Calendar() {}

  /** A day or a run of days of one month; {@code year} is 0 when not written. */
  record Dated(Span span, int month, int from, int to, int year, DayOfWeek weekday) {
    boolean overlaps(Dated o) {
      return month == o.month && from <= o.to && o.from <= to && (year == 0 || o.year == 0 || year == o.year);
    }
  }

  /** A year given as when something happened. */
  record Year(Span span, int year) {}

  /** A named day of the week. */
  record Weekday(Span span, DayOfWeek day) {}

  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
  private static final Set<String> STEMS = new HashSet<>();

  static {
    String[] fr = {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
        "octobre", "novembre", "decembre"};
    String[] en = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    for (int m = 0; m < 12; m++) {
      MONTHS.put(fr[m], m + 1);
      MONTHS.put(en[m], m + 1);
    }
    String[] frd = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    String[] end = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int d = 0; d < 7; d++) {
      WEEKDAYS.put(frd[d], DayOfWeek.of(d + 1));
      WEEKDAYS.put(end[d], DayOfWeek.of(d + 1));
    }
    for (String w : MONTHS.keySet()) {
      STEMS.add(Lexicon.stem(w, false));
      STEMS.add(Lexicon.stem(w, true));
    }
    for (String w : WEEKDAYS.keySet()) {
      STEMS.add(Lexicon.stem(w, false));
      STEMS.add(Lexicon.stem(w, true));
    }
  }

  /** Whether a stem is that of a month or weekday name. */
  static boolean dateWord(String stem) {
    return STEMS.contains(stem);
  }

  /** The named weekday of a word, or null. */
  static DayOfWeek weekday(Word w) {
    return WEEKDAYS.get(w.folded());
  }

  /** The day-precise dates of the passage. */
  static List<Dated> dates(Analysis a) {
    List<Word> ws = a.words();
    List<Dated> out = new ArrayList<>();
    for (int i = 0; i < ws.size(); i++) {
      Integer month = MONTHS.get(ws.get(i).folded());
      if (month == null || ws.get(i).is("may") && !ws.get(i).capitalised()) {
        continue;
      }
      int day = day(ws, i - 1);
      if (day > 0) {
        int first = i - 1;
        int from = day;
        String link = i >= 2 ? ws.get(i - 2).folded() : "";
        int other = i >= 3 ? day(ws, i - 3) : 0;
        if (other > 0 && other < day && (link.equals("et") || link.equals("au") || link.equals("a")
            || link.equals("-") || link.equals("to") || link.equals("and"))) {
          from = other;
          first = i - 3;
        } else if (i >= 4 && ws.get(i - 2).is("le") && day(ws, i - 4) > 0 && day(ws, i - 4) < day
            && ws.get(i - 3).is("et")) {
          from = day(ws, i - 4);
          first = i - 4;
        }
        int year = year(ws, i + 1);
        DayOfWeek wd = first >= 1 ? weekday(ws.get(first - 1)) : null;
        int last = year > 0 ? i + 1 : i;
        out.add(new Dated(span(ws, wd != null ? first - 1 : first, last), month, from, day, year, wd));
      } else if (day(ws, i + 1) > 0 && ws.get(i).capitalised()) {
        int d = day(ws, i + 1);
        int k = i + 2 < ws.size() && ws.get(i + 2).is(",") ? i + 3 : i + 2;
        int year = year(ws, k);
        int wdAt = i >= 1 && ws.get(i - 1).is(",") ? i - 2 : i - 1;
        DayOfWeek wd = wdAt >= 0 ? weekday(ws.get(wdAt)) : null;
        out.add(new Dated(span(ws, wd != null ? wdAt : i, year > 0 ? k : i + 1), month, d, d, year, wd));
      }
    }
    return out;
  }

  /** Years written as the time of the fact ("en 2016", "in 2016"), dates' years included. */
  static List<Year> years(Analysis a) {
    List<Year> out = new ArrayList<>();
    for (Dated d : dates(a)) {
      if (d.year() > 0) {
        out.add(new Year(d.span(), d.year()));
      }
    }
    List<Word> ws = a.words();
    for (int i = 1; i < ws.size(); i++) {
      int y = year(ws, i);
      if (y > 0 && (ws.get(i - 1).is("en") || ws.get(i - 1).is("in"))) {
        out.add(new Year(ws.get(i).span(), y));
      }
    }
    return out;
  }

  /** The weekdays named in the passage. */
  static List<Weekday> weekdays(Analysis a) {
    List<Weekday> out = new ArrayList<>();
    for (Word w : a.words()) {
      DayOfWeek d = weekday(w);
      if (d != null) {
        out.add(new Weekday(w.span(), d));
      }
    }
    return out;
  }

  /** The weekday of a single dated day, its year written or taken from the publication date. */
  static DayOfWeek weekdayOf(Dated d, LocalDate published) {
    if (d.from() != d.to() || d.year() == 0 && published == null) {
      return null;
    }
    int year = d.year();
    if (year == 0) {
      year = d.month() > published.getMonthValue() + 1 ? published.getYear() - 1 : published.getYear();
    }
    try {
      return LocalDate.of(year, d.month(), d.from()).getDayOfWeek();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The day of the month written at word {@code i} ("18", "1er", "premier", "18th"), or 0. */
  private static int day(List<Word> ws, int i) {
    if (i < 0 || i >= ws.size()) {
      return 0;
    }
    String f = ws.get(i).folded();
    if (f.equals("premier") || f.equals("1er")) {
      return 1;
    }
    String digits = f.replaceAll("^(\\d{1,2})(st|nd|rd|th)?$", "$1");
    if (!digits.matches("\\d{1,2}")) {
      return 0;
    }
    int d = Integer.parseInt(digits);
    return d >= 1 && d <= 31 ? d : 0;
  }

  private static int year(List<Word> ws, int i) {
    if (i < 0 || i >= ws.size() || !ws.get(i).text().matches("\\d{4}")) {
      return 0;
    }
    int y = Integer.parseInt(ws.get(i).text());
    return y >= 1800 && y <= 2100 ? y : 0;
  }

  private static Span span(List<Word> ws, int first, int last) {
    return new Span(ws.get(first).span().start(), ws.get(last).span().end());
  }
}
