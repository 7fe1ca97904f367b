package org.recoupe.meta;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Accent- and case-insensitive forms of text, for matching cue words and month names. */
final class Fold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2009]+");

  private Fold() {}

  /** Lowercase, accents removed, typographic apostrophes and spaces made plain. */
  static String fold(String text) {
    String d = Normalizer.normalize(text, Normalizer.Form.NFD);
    d = MARKS.matcher(d).replaceAll("");
    d = d.replace('\u2019', '\'').replace('\u02BC', '\'');
    return SPACES.matcher(d).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /** Whitespace runs (including no-break spaces) collapsed to one space, ends trimmed. */
  static String squeeze(String text) {
    return SPACES.matcher(text).replaceAll(" ").trim();
  }
}
