package org.recoupe.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoupe.document.Published;

/**
 * Finds publication dates written out in a line of text, in French or English: "publié le 19 juin
 * 2024 à 16h00", "19/06/2024 16:00", "June 19, 2024, 4:00 p.m.", "Published 19 June 2024",
 * "2024-06-19". A bare number is never a date. The UTC offset is set only when the text says it
 * (UTC, GMT, +02:00); no time zone is ever assumed.
 */
final class TextDates {
  /** A date found in a line, and whether the line presents it as an update. */
  record Hit(Published published, boolean update, int start) {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("january", 1), Map.entry("jan", 1),
      Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("mars", 3), Map.entry("march", 3), Map.entry("mar", 3),
      Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("mai", 5), Map.entry("may", 5),
      Map.entry("juin", 6), Map.entry("june", 6), Map.entry("jun", 6),
      Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("july", 7), Map.entry("jul", 7),
      Map.entry("aout", 8), Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("sep", 9),
      Map.entry("octobre", 10), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("novembre", 11), Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("decembre", 12), Map.entry("december", 12), Map.entry("dec", 12));

  private static final String MONTH = "(janvier|janv|january|jan|fevrier|fevr|fev|february|feb|mars|march|mar"
      + "|avril|avr|april|apr|mai|may|juin|june|jun|juillet|juil|july|jul|aout|august|aug"
      + "|septembre|sept|september|sep|octobre|october|oct|novembre|november|nov|decembre|december|dec)";

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:er|st|nd|rd|th)? " + MONTH + "\\.?,? (\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?![\\d/.])");
  private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:[t ](\\d{2}):(\\d{2}))?(?![\\d-])");

  private static final Pattern TIME = Pattern.compile(
      "^(?: ?(?:,|a|at|-|\\u2013|\\u2014|\\||des|vers))? ?(\\d{1,2}) ?(?:(?:h|:) ?(\\d{2})?|(?=[ap]\\.?m))"
          + " ?(?:([ap])\\.?m\\.?)?(?! ?\\d)");
  private static final Pattern ZONE = Pattern.compile("^ ?(?:\\(?(?:utc|gmt|z)\\b ?([+-]\\d{1,2}(?::?\\d{2})?)?|([+-]\\d{2}):?(\\d{2}))");

  private static final Pattern PUBLISH_CUE =
      Pattern.compile("\\b(publie|publiee|published|posted|mis en ligne|date de publication|cree|first published|paru)");
  private static final Pattern UPDATE_CUE =
      Pattern.compile("\\b(mis a jour|mise a jour|maj|modifie|modifiee|actualise|actualisee|updated|last updated|update|revised)");

  private static final Pattern DATE_WORDS = Pattern.compile(
      "\\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday"
          + "|saturday|sunday|le|the|on|a|at|h|am|pm|a\\.m|p\\.m|utc|gmt|cet|cest|heure|heures|de|paris|edt|est|bst|" + MONTH.substring(1)
          + "\\b|[\\d\\p{Punct}\\u2013\\u2014]+");

  private TextDates() {}

  /** Whether {@code line} is little more than a date: "Mercredi 19 juin 2024, 16h00", "June 19, 2024". */
  static boolean isDateLine(String line) {
    if (line.length() > 80 || find(line).isEmpty()) {
      return false;
    }
    String rest = DATE_WORDS.matcher(Fold.fold(line)).replaceAll(" ").trim();
    return rest.isEmpty() || rest.split(" +").length <= 1;
  }

  /** Every date in {@code line}, in order. */
  static List<Hit> find(String line) {
    String f = Fold.fold(line);
    List<Hit> hits = new ArrayList<>();
    collect(f, DAY_MONTH_YEAR, 1, 2, 3, hits);
    collect(f, MONTH_DAY_YEAR, 2, 1, 3, hits);
    Matcher m = NUMERIC.matcher(f);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      int day = b > 12 && a <= 12 ? b : a;
      int month = b > 12 && a <= 12 ? a : b;
      add(f, m.start(), m.end(), Integer.parseInt(m.group(4)), month, day, hits);
    }
    m = ISO.matcher(f);
    while (m.find()) {
      add(f, m.start(), m.group(4) == null ? m.end() : m.end(3), Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), hits);
    }
    hits.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return hits;
  }

  /** The first publication date of {@code line}, or else its first update date, or null. */
  static Published best(String line) {
    Hit update = null;
    for (Hit hit : find(line)) {
      if (!hit.update()) {
        return hit.published();
      }
      if (update == null) {
        update = hit;
      }
    }
    return update == null ? null : update.published();
  }

  /** Whether {@code line} says a date is a publication or update date. */
  static boolean hasCue(String line) {
    String f = Fold.fold(line);
    return PUBLISH_CUE.matcher(f).find() || UPDATE_CUE.matcher(f).find();
  }

  private static void collect(String f, Pattern p, int dayGroup, int monthGroup, int yearGroup, List<Hit> hits) {
    Matcher m = p.matcher(f);
    while (m.find()) {
      add(f, m.start(), m.end(), Integer.parseInt(m.group(yearGroup)), MONTHS.get(m.group(monthGroup)),
          Integer.parseInt(m.group(dayGroup)), hits);
    }
  }

  private static void add(String f, int start, int end, int year, int month, int day, List<Hit> hits) {
    if (year < 1900 || year > 2100) {
      return;
    }
    for (Hit h : hits) {
      if (h.start() == start) {
        return;
      }
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return;
    }
    LocalDateTime time = null;
    ZoneOffset offset = null;
    String rest = f.substring(end);
    Matcher t = TIME.matcher(rest);
    if (t.find()) {
      int hour = Integer.parseInt(t.group(1));
      int minute = t.group(2) == null ? 0 : Integer.parseInt(t.group(2));
      if (t.group(3) != null) {
        hour = hour % 12 + (t.group(3).equals("p") ? 12 : 0);
      }
      if (hour < 24 && minute < 60) {
        time = date.atTime(hour, minute);
        offset = offsetOf(rest.substring(t.end()));
      }
    }
    String before = f.substring(0, start);
    boolean update = lastIndex(UPDATE_CUE, before) > lastIndex(PUBLISH_CUE, before);
    hits.add(new Hit(new Published(date, time, offset, "text"), update, start));
  }

  private static ZoneOffset offsetOf(String rest) {
    Matcher z = ZONE.matcher(rest);
    if (!z.find()) {
      return null;
    }
    try {
      if (z.group(2) != null) {
        return ZoneOffset.of(z.group(2) + ":" + z.group(3));
      }
      if (z.group(1) != null) {
        String o = z.group(1);
        String sign = o.substring(0, 1);
        String[] parts = o.substring(1).split(":");
        String digits = parts[0];
        int hours = Integer.parseInt(digits.length() > 2 ? digits.substring(0, digits.length() - 2) : digits);
        int minutes = parts.length > 1 ? Integer.parseInt(parts[1])
            : digits.length() > 2 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
        int total = hours * 3600 + minutes * 60;
        return ZoneOffset.ofTotalSeconds(sign.equals("-") ? -total : total);
      }
      return ZoneOffset.UTC;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static int lastIndex(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }
}
