package org.recoupe.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the months an article names with a day or a year, in French and English: "mercredi 19
 * juin", "1er septembre 2008", "juin 2024", "June 19, 2024", "19 June". A month name alone ("mai",
 * "may") is too ambiguous and is ignored. A single pass over the text, no regular expression.
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
  private static final Set<String> ENGLISH = Set.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december");
  private static final Set<String> ORDINALS = Set.of("", "er", "st", "nd", "rd", "th");

  private DateMentions() {}

  /** Whether {@code word} (any case) is a month name this class knows. */
  public static boolean isMonth(String word) {
    return MONTHS.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The month mentions of {@code text}, in text order. */
  public static List<MonthMention> find(CharSequence text) {
    List<Token> tokens = tokens(text);
    List<MonthMention> out = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      Integer month = tok.number < 0 && tok.text.length() >= 3 ? MONTHS.get(tok.text) : null;
      if (month == null) {
        continue;
      }
      Token prev = t > 0 ? tokens.get(t - 1) : null;
      Token next = t + 1 < tokens.size() && tokens.get(t + 1).spaceBefore ? tokens.get(t + 1) : null;
      if (prev != null && tok.spaceBefore && isDay(prev)) {
        out.add(new MonthMention(next != null && isYear(next) ? next.number : 0, month));
      } else if (next != null && isYear(next)) {
        out.add(new MonthMention(next.number, month));
      } else if (next != null && isDay(next) && ENGLISH.contains(tok.text)) {
        Token after = t + 2 < tokens.size() ? tokens.get(t + 2) : null;
        boolean year = after != null && (after.spaceBefore || after.commaBefore) && isYear(after);
        out.add(new MonthMention(year ? after.number : 0, month));
      }
    }
    return out;
  }

  private static boolean isDay(Token t) {
    return t.number >= 1 && t.number <= 31 && ORDINALS.contains(t.text);
  }

  private static boolean isYear(Token t) {
    return t.number >= 1800 && t.number <= 2200 && t.text.isEmpty() && t.digits == 4;
  }

  /**
   * A word or a number. For a number, {@code text} is the ordinal suffix glued to it ("er" of
   * "1er"); {@code spaceBefore} says that only spaces separate it from the previous token, {@code
   * commaBefore} that a comma and spaces do.
   */
  private record Token(String text, int number, int digits, boolean spaceBefore, boolean commaBefore) {}

  private static List<Token> tokens(CharSequence s) {
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    int lastEnd = -1;
    while (i < n) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      int number = -1;
      int digits = 0;
      if (Character.isDigit(c)) {
        number = 0;
        while (i < n && Character.isDigit(s.charAt(i))) {
          number = digits < 6 ? number * 10 + (s.charAt(i) - '0') : number;
          digits++;
          i++;
        }
      }
      int letters = i;
      while (i < n && Character.isLetter(s.charAt(i))) {
        i++;
      }
      // only short words can be months or ordinal suffixes: skip building the others
      String text = i - letters <= 9 ? s.subSequence(letters, i).toString().toLowerCase(Locale.ROOT) : "#";
      boolean space = lastEnd >= 0 && start > lastEnd && onlySpaces(s, lastEnd, start, false);
      boolean comma = lastEnd >= 0 && start > lastEnd && onlySpaces(s, lastEnd, start, true);
      out.add(new Token(text, number, digits, space, comma));
      lastEnd = i;
    }
    return out;
  }

  private static boolean onlySpaces(CharSequence s, int from, int to, boolean oneComma) {
    boolean commaSeen = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == ',' && oneComma && !commaSeen && i == from) {
        commaSeen = true;
      } else if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F') {
        return false;
      }
    }
    return !oneComma || commaSeen;
  }
}
