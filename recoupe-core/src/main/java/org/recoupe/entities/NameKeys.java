package org.recoupe.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Comparison keys for names written differently: {@link #fold} takes off case, accents, hyphens,
 * apostrophes and spacing ("Kim Jong-un" and "Kim Jong Un" both give "kim jong un"); {@link
 * #phonetic} also folds French and English transliterations of the same sounds (French "ou" and
 * "iou" for English "u" and "yu", "ch" and "tch" for "sh" and "ch", a mute final "e", "y" for
 * "i", a final "ow" for "ou"...), so "Iouri Ouchakov" and "Yuri Ushakov", "Sergueï" and "Sergei", "Poutine" and "Putin"
 * meet. General spelling rules only: no name is listed.
 */
public final class NameKeys {
  private NameKeys() {}

  /** Lower case, no accents, words separated by one space, punctuation inside names dropped. */
  public static String fold(String name) {
    String d = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    boolean space = true;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == '.') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    int end = b.length();
    if (end > 0 && b.charAt(end - 1) == ' ') {
      b.setLength(end - 1);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** The folded words of a name. */
  public static List<String> words(String name) {
    String f = fold(name);
    return f.isEmpty() ? List.of() : List.of(f.split(" "));
  }

  /** The phonetic key of a whole name: each word's {@link #phoneticWord}, space-separated. */
  public static String phonetic(String name) {
    List<String> out = new ArrayList<>();
    for (String w : words(name)) {
      out.add(phoneticWord(w));
    }
    return String.join(" ", out);
  }

  /** The phonetic keys of a name's words. */
  public static List<String> phoneticWords(String name) {
    List<String> out = new ArrayList<>();
    for (String w : words(name)) {
      out.add(phoneticWord(w));
    }
    return out;
  }

  /**
   * The phonetic key of one folded word: French and English transliterations of the same sounds
   * meet ("iouri" / "yuri", "ouchakov" / "ushakov", "poutine" / "putin", "serguei" / "sergei").
   */
  public static String phoneticWord(String folded) {
    String w = folded;
    if (w.length() <= 2 || !w.chars().allMatch(Character::isLetter)) {
      return w;
    }
    w = w.replace("iou", "yu").replace("ou", "u");
    if (w.endsWith("ow")) {
      w = w.substring(0, w.length() - 2) + "u";
    }
    w = w.replace("tsch", "S").replace("tch", "S").replace("sch", "S").replace("sh", "S").replace("ch", "S")
        .replace("zh", "J").replace("kh", "H");
    w = w.replace("gue", "ge").replace("gui", "gi").replace("ph", "f").replace("ck", "k").replace("q", "k")
        .replace("y", "i").replace("w", "v").replace("ff", "v");
    if (w.length() > 4 && (w.endsWith("ine") || w.endsWith("ene"))) {
      w = w.substring(0, w.length() - 1);
    } else if (w.length() > 4 && w.endsWith("e") && !isVowel(w.charAt(w.length() - 2))) {
      w = w.substring(0, w.length() - 1);
    }
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** Levenshtein distance, stopping early once it exceeds {@code max} (returns {@code max + 1}). */
  public static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int best = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        best = Math.min(best, cur[j]);
      }
      if (best > max) {
        return max + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
