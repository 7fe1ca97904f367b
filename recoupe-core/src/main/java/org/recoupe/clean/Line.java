package org.recoupe.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One non-blank line of a page given as plain text, with the surface features the cleaner looks
 * at: offsets of the trimmed line in the page, its bullet marker, word counts (all words, lower-case
 * words, capitalised words among the first {@link #LEAD}), terminal punctuation.
 */
record Line(
    int index,
    int start,
    int end,
    String text,
    boolean blankBefore,
    boolean bullet,
    int words,
    int lowerWords,
    int leadCapitals,
    boolean terminal) {

  /** Minimum number of words of a prose line. */
  static final int PROSE_WORDS = 10;

  /** Cuts {@code page} into its non-blank lines, trimmed. Linear in the page length. */
  static List<Line> split(String page) {
    List<Line> lines = new ArrayList<>();
    int pos = 0;
    boolean blank = true;
    while (pos <= page.length()) {
      int eol = page.indexOf('\n', pos);
      int end = eol < 0 ? page.length() : eol;
      int s = pos;
      int e = end;
      while (s < e && isSpace(page.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(page.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        lines.add(of(lines.size(), s, e, page.substring(s, e), blank));
        blank = false;
      } else {
        blank = true;
      }
      if (eol < 0) {
        break;
      }
      pos = eol + 1;
    }
    return lines;
  }

  static Line of(int index, int start, int end, String text, boolean blankBefore) {
    boolean bullet = isBullet(text);
    int words = 0;
    int lower = 0;
    int leadCapitals = 0;
    int unspaced = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      if (unspaced(c)) {
        unspaced++;
        i += Character.charCount(c);
      } else if (Character.isLetter(c)) {
        words++;
        if (!Character.isUpperCase(c) && !Character.isTitleCase(c)) {
          lower++;
        } else if (words <= LEAD) {
          leadCapitals++;
        }
        while (i < n && (Character.isLetterOrDigit(text.codePointAt(i)) || isJoiner(text.charAt(i)))) {
          i += Character.charCount(text.codePointAt(i));
        }
      } else {
        i += Character.charCount(c);
      }
    }
    words += unspaced / 2;
    lower += unspaced / 2;
    return new Line(
        index, start, end, text, blankBefore, bullet, words, lower, leadCapitals, endsSentence(text));
  }

  /** Number of leading words looked at for title case. */
  static final int LEAD = 8;

  /**
   * A line of running text: long enough, ending like a sentence (or very long with a sentence
   * inside — not a tag cloud), mostly lower-case words, not
   * opening with a title-case headline (as teasers do: "Top 3 Cheese Shops In Town Wondering…"),
   * not cut off by an ellipsis.
   */
  boolean prose() {
    return words >= PROSE_WORDS && (terminal || words >= 25 && innerSentenceEnd())
        && lowerWords * 2 >= words && leadCapitals < LEAD - 1 && !truncated();
  }

  /** Ends with an ellipsis, as the cut-off excerpts of teasers do. */
  boolean truncated() {
    return text.endsWith("...") || text.endsWith("…") || text.endsWith("[…]") || text.endsWith("[...]");
  }

  /** Whether a sentence ends inside the line (". " followed by more text). */
  private boolean innerSentenceEnd() {
    for (int i = 1; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '。') && isSpace(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** The line lower-cased, without bullet marker, with single spaces and no end punctuation. */
  String key() {
    String t = bullet ? text.substring(1) : text;
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
    }
    return b.toString().trim().toLowerCase(Locale.ROOT);
  }

  /** The text after the bullet marker, if any. */
  String body() {
    return bullet ? text.substring(1).strip() : text;
  }

  private static boolean isBullet(String t) {
    if (t.length() < 2) {
      return false;
    }
    char c = t.charAt(0);
    boolean marker = c == '•' || c == '·' || c == '▪' || c == '►' || c == '▸' || c == '‣' || c == '◦'
        || c == '-' || c == '*' || c == '–' || c == '—' || c == '>' || c == '■' || c == '●';
    return marker && isSpace(t.charAt(1));
  }

  /** Letters of scripts written without spaces: two count as a word. */
  private static boolean unspaced(int c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI
        || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
        || s == Character.UnicodeScript.MYANMAR;
  }

  private static boolean endsSentence(String t) {
    int i = t.length() - 1;
    while (i >= 0 && "\"'”’»)]*」』）".indexOf(t.charAt(i)) >= 0) {
      char c = t.charAt(i);
      if ((c == '»' || c == '”') && i == t.length() - 1) {
        return true;
      }
      i--;
    }
    return i >= 0 && ".!?…:;。！？".indexOf(t.charAt(i)) >= 0;
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '’' || c == '-';
  }

  /** {@code s} trimmed, with every run of white space (non-breaking too) made one plain space. */
  static String squash(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space && b.length() > 0) {
        b.append(' ');
      }
      space = false;
      b.append(c);
    }
    return b.toString();
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }
}
