package org.recoupe.time;

/**
 * Folds a text for matching without changing its length, so offsets carry over: lower case,
 * typographic apostrophes to {@code '}, non-breaking and thin spaces to a space, dashes to {@code
 * -}.
 */
final class Folding {
  private Folding() {}

  static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = switch (c) {
        case '\u2019', '\u2018', '\u02BC', '\u00B4', '`', '\u2032' -> '\'';
        case '\u00A0', '\u202F', '\u2009', '\u2007', '\u2002', '\u2003' -> ' ';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> '-';
        default -> Character.toLowerCase(c);
      };
    }
    return new String(out);
  }
}
