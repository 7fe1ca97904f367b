package org.recoupe.quotes;

import org.recoupe.entities.NameKeys;

/**
 * French and English cognates, by spelling alone. {@link #key} is a key under which many meet: the
 * first letter and the next consonants of the folded word, after spelling differences between the
 * two languages are evened out ("ph" = "f", "qu" = "k" = "c", "th" = "t", "y" = "i", no "h",
 * doubled letters single); so "gouvernement" and "government" give "gvrn", "militaire" and
 * "military" "mltr", "partenariat" and "partnership" "prtn", "agression" and "aggression" "agrs".
 * {@link #similar} compares the {@link #shape} of two words by edit distance, for the rest
 * ("guérilleros" / "guerrillas", "mutuelle" / "mutual", "diplomatie" / "diplomacy"). General
 * spelling rules only: no word is listed.
 */
final class Cognates {
  private Cognates() {}

  static final int LENGTH = 4;
  private static final int MIN_SIMILAR = 5;
  private static final int MIN_PREFIX = 3;
  private static final double MAX_EDITS = 0.34;

  /** The cognate key of a folded word (lower case, no accents), or {@code null} if too short. */
  static String key(String folded) {
    if (folded.length() < 5) {
      return null;
    }
    String w = even(folded);
    if (w.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder(LENGTH);
    b.append(w.charAt(0));
    for (int i = 1; i < w.length() && b.length() < LENGTH; i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c) && "aeiou".indexOf(c) < 0) {
        b.append(c);
      }
    }
    return b.length() == LENGTH ? b.toString() : null;
  }

  /**
   * The spelling shape {@link #similar} compares: the folded word with spelling evened out and a
   * final "s", "x" or "e" dropped; {@code null} for words under five letters.
   */
  static String shape(String folded) {
    return folded.length() < MIN_SIMILAR ? null : trim(even(folded));
  }

  /**
   * Whether two {@link #shape shapes} look like cognates: they share their first three letters and
   * differ by at most a third of their letters.
   */
  static boolean similar(String x, String y) {
    if (x == null || y == null || x.length() < MIN_PREFIX || y.length() < MIN_PREFIX
        || !x.regionMatches(0, y, 0, MIN_PREFIX)) {
      return false;
    }
    int max = (int) (MAX_EDITS * Math.max(x.length(), y.length()));
    return NameKeys.distance(x, y, max) <= max;
  }

  /** Spelling differences evened out, doubled letters single. */
  private static String even(String folded) {
    String w = folded.replace("ph", "f").replace("th", "t").replace("qu", "c").replace('q', 'c')
        .replace('k', 'c').replace('z', 's').replace('y', 'i').replace('w', 'v').replace("h", "");
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
        b.append(w.charAt(i));
      }
    }
    return b.toString();
  }

  private static String trim(String w) {
    String out = w;
    if (out.length() > 4 && (out.endsWith("s") || out.endsWith("x"))) {
      out = out.substring(0, out.length() - 1);
    }
    if (out.length() > 4 && out.endsWith("e")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }
}
