package org.recoupe.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recoupe.document.Span;

/**
 * A cheap sentence splitter, for when {@code Keys.SENTENCES} is not available: a line break ends a
 * sentence, and so does {@code . ! ? …} followed by a space and a capital, a digit or an opening
 * quote, unless the word before is an abbreviation ("M.", "Mme.", "Dr.") or a single capital.
 */
public final class SentenceBounds {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "mr", "mrs", "ms",
      "prof", "gen", "gén", "col", "sen", "rep", "gov", "jr", "sr", "av", "bd", "cf", "etc", "vs",
      "no", "n°", "p", "env", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "jan",
      "feb", "aug", "dec", "inc", "ltd", "co", "corp");

  private SentenceBounds() {}

  /** The sentences of {@code text}, trimmed, in order. */
  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(out, text, start, i);
        start = i + 1;
      } else if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, i)) {
        int end = i + 1;
        while (end < n && (text.charAt(end) == '»' || text.charAt(end) == '"' || text.charAt(end) == ')')) {
          end++;
        }
        add(out, text, start, end);
        start = end;
        i = end - 1;
      }
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean endsSentence(String text, int i) {
    int j = i + 1;
    while (j < text.length() && (text.charAt(j) == '»' || text.charAt(j) == '"' || text.charAt(j) == ')')) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0' || text.charAt(j) == '\t')) {
      j++;
    }
    if (j >= text.length() || text.charAt(j) == '\n') {
      return true;
    }
    char next = text.charAt(j);
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '«' || next == '"' || next == '“' || next == '-' || next == '—')) {
      return false;
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    int w = i;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '°')) {
      w--;
    }
    if (i - w == 1 && Character.isUpperCase(text.charAt(w))) {
      return false;
    }
    return !ABBREVIATIONS.contains(text.substring(w, i).toLowerCase(java.util.Locale.ROOT));
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
