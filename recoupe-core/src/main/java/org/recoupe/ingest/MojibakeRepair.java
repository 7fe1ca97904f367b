package org.recoupe.ingest;

/**
 * Repairs the commonest mojibake: UTF-8 bytes that were once read as Windows-1252 or ISO-8859-1
 * ({@code "Ã©"} for {@code "é"}, {@code "â€™"} for {@code "’"}), also when that happened twice.
 *
 * <p>Each run of characters that, written back as Windows-1252 bytes, forms one well-formed UTF-8
 * sequence is replaced by the character it encodes, but only when that character is a plausible
 * one in running text (Latin letters and signs, Greek, Cyrillic, general punctuation, currency and
 * letterlike symbols, emoji). Correct text is left alone: an accented capital followed by
 * punctuation ({@code "É…"}, {@code "À’"}) either is not well-formed UTF-8 or decodes to an
 * implausible character.
 */
public final class MojibakeRepair {
  private static final int MAX_PASSES = 3;

  private MojibakeRepair() {}

  /** {@code text} with mojibake sequences repaired; the same instance when there is none. */
  public static String repair(String text) {
    String current = text;
    boolean repaired = false;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      String next = repairOnce(current);
      if (next == null) {
        break;
      }
      current = next;
      repaired = true;
    }
    return repaired ? repairLossy(current) : current;
  }

  /** One pass; null when nothing was repaired. */
  private static String repairOnce(String text) {
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      int lead = Windows1252.byteOf(text.charAt(i));
      int extra = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
      if (extra == 0 || i + extra >= n) {
        continue;
      }
      int cp = lead & (0x3F >> extra);
      boolean ok = true;
      for (int k = 1; k <= extra; k++) {
        int b = Windows1252.byteOf(text.charAt(i + k));
        if (b < 0x80 || b > 0xBF) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (b & 0x3F);
      }
      if (!ok || !wellFormed(cp, extra) || !plausible(cp)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(text, copied, i).appendCodePoint(cp);
      copied = i + extra + 1;
      i += extra;
    }
    if (out == null) {
      return null;
    }
    return out.append(text, copied, n).toString();
  }

  /**
   * In text already shown to carry mojibake, repairs what lossy steps left: {@code "Ã"} then a
   * space is {@code "à"} (bytes C3 A0) whose no-break space A0 became a plain space, and {@code
   * "â€"} then U+FFFD is {@code "”"} (E2 80 9D) read by a decoder that rejects the byte 9D.
   */
  private static String repairLossy(String text) {
    String t = text.replace("\u00E2\u20AC\uFFFD", "\u201D");
    if (t.indexOf("\u00C3 ") < 0) {
      return t;
    }
    StringBuilder out = new StringBuilder(t.length());
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      char before = i == 0 ? ' ' : t.charAt(i - 1);
      if (c == '\u00C3' && i + 1 < n && t.charAt(i + 1) == ' '
          && (Character.isWhitespace(before) || Character.isLowerCase(before))) {
        out.append('\u00E0');
        // The space is the lost A0 byte, unless white space was collapsed and a word follows.
        if (i + 2 >= n || !Character.isLetterOrDigit(t.charAt(i + 2))) {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean wellFormed(int cp, int extra) {
    return switch (extra) {
      case 1 -> cp >= 0x80;
      case 2 -> cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF);
      default -> cp >= 0x10000 && cp <= 0x10FFFF;
    };
  }

  /** C1 controls count: in text misread twice they are the middle step of a character such as "”". */
  private static boolean plausible(int cp) {
    return (cp >= 0x80 && cp <= 0x17F)
        || cp == 0x192
        || cp == 0x2C6
        || cp == 0x2DC
        || (cp >= 0x370 && cp <= 0x4FF)
        || (cp >= 0x2000 && cp <= 0x206F)
        || (cp >= 0x20A0 && cp <= 0x20CF)
        || (cp >= 0x2100 && cp <= 0x214F)
        || cp == 0xFEFF
        || (cp >= 0x1F300 && cp <= 0x1FAFF);
  }
}
