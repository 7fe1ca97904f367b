package org.recoupe.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the months an article names with a day or a year, in French and English: "mercredi 19
 * juin", "1er septembre 2008", "juin 2024", "June 19, 2024", "19 June". A month name alone ("mai",
 * "may") is too ambiguous and is ignored.
 */
public final class DateMentions {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
      Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
      Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
      Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
      Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
      Map.entry("december", 12));
  private static final String MONTH = "(" + String.join("|", MONTHS.keySet()) + ")";
  /** Spaces, including the no-break spaces French typography puts in dates. */
  private static final String SPACE = "[\\s\\u00A0\\u202F]+";
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d{1,2})(?:er|st|nd|rd|th)?" + SPACE + MONTH + "(?:" + SPACE + "(\\d{4}))?(?!\\p{L})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONTH_DAY_OR_YEAR = Pattern.compile(
      "(?<!\\p{L})" + MONTH + SPACE + "(\\d{1,4})(?:st|nd|rd|th)?(?:," + "?" + SPACE + "(\\d{4}))?(?![\\p{L}\\d])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private DateMentions() {}

  /** Whether {@code word} (any case) is a month name this class knows. */
  public static boolean isMonth(String word) {
    return MONTHS.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The month mentions of {@code text}, in no particular order. */
  public static List<MonthMention> find(CharSequence text) {
    List<MonthMention> out = new ArrayList<>();
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    Matcher m = DAY_MONTH.matcher(text);
    while (m.find()) {
      int day = Integer.parseInt(m.group(1));
      if (day >= 1 && day <= 31) {
        taken.add(m.start(2));
        out.add(new MonthMention(year(m.group(3)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))));
      }
    }
    m = MONTH_DAY_OR_YEAR.matcher(text);
    while (m.find()) {
      int month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      String number = m.group(2);
      if (taken.contains(m.start(1))) {
        continue;
      }
      if (number.length() == 4) {
        out.add(new MonthMention(year(number), month));
      } else if (Integer.parseInt(number) >= 1 && Integer.parseInt(number) <= 31
          && m.group(1).chars().allMatch(c -> c < 128)) {
        // "June 19[, 2024]": English order only (French writes the day first)
        out.add(new MonthMention(year(m.group(3)), month));
      }
    }
    return out;
  }

  private static int year(String digits) {
    if (digits == null) {
      return 0;
    }
    int y = Integer.parseInt(digits);
    return y >= 1800 && y <= 2200 ? y : 0;
  }
}
