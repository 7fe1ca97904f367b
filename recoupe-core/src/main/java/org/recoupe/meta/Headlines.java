package org.recoupe.meta;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the headline among the first lines of a scraped page: the first line that reads like a
 * title, passing over menus, site names, breadcrumbs, counters ("2823"), bylines and dates, and
 * stopping at the first paragraph of body text.
 */
final class Headlines {
  private static final int MIN_CHARS = 12;
  private static final int MAX_CHARS = 220;
  private static final Pattern BULLET = Pattern.compile("^[•·▪►▶✓*+>-]\\s*|^\\d+[.)]\\s");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…»\"]\\s+\\p{Lu}");
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\u2013\\u2014]\\s+|\\s+-\\s+|\\s+::\\s+");

  private Headlines() {}

  /** The headline among {@code lines} (in reading order), or null; {@code skip} lines are never one. */
  static String find(List<String> lines, Set<String> skip) {
    for (String raw : lines) {
      String line = Fold.squeeze(raw);
      if (line.isEmpty() || skip.contains(line)) {
        continue;
      }
      if (isBody(line)) {
        return null;
      }
      String title = headline(line);
      if (title != null) {
        return title;
      }
    }
    return null;
  }

  /** Whether {@code line} is a paragraph of body text rather than a heading. */
  static boolean isBody(String line) {
    return line.length() > MAX_CHARS || (line.length() > 80 && SENTENCE_END.matcher(line).find() && line.endsWith("."));
  }

  /** {@code line} as a headline (without a "| Section" or "- Site" tail), or null if it is not one. */
  static String headline(String line) {
    if (line.length() < MIN_CHARS || line.length() > MAX_CHARS || BULLET.matcher(line).find()) {
      return null;
    }
    char last = line.charAt(line.length() - 1);
    if (last == ':' || last == '.' || last == ',' || last == ';' || line.contains(" > ") || line.contains("»»")) {
      return null;
    }
    if (Bylines.read(line) != null || WireAgencies.credit(line, false) != null || !TextDates.find(line).isEmpty()
        || line.contains("©")) {
      return null;
    }
    String best = line;
    String[] parts = SEPARATOR.split(line);
    if (parts.length > 1) {
      best = parts[0];
      for (String p : parts) {
        if (words(p) > words(best)) {
          best = p;
        }
      }
    }
    best = best.trim();
    boolean opens = Character.isLetterOrDigit(best.codePointAt(0)) || best.startsWith("«") || best.startsWith("\"");
    return words(best) >= 3 && opens ? best : null;
  }

  private static int words(String text) {
    int n = 0;
    var m = WORD.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
