package org.recoupe.ingest;

/**
 * Windows-1252 as browsers read it (WHATWG): the five bytes the code page leaves undefined (0x81,
 * 0x8D, 0x8F, 0x90, 0x9D) become the C1 control characters of the same value instead of U+FFFD, so
 * that decoding loses nothing and {@link MojibakeRepair} can write every byte back.
 */
final class Windows1252 {
  /** What bytes 0x80 to 0x9F become. */
  private static final String HIGH =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
          + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

  private Windows1252() {}

  /** Decodes every byte to one character. */
  static String decode(byte[] bytes, int offset, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      int b = bytes[offset + i] & 0xFF;
      out[i] = b >= 0x80 && b <= 0x9F ? HIGH.charAt(b - 0x80) : (char) b;
    }
    return new String(out);
  }

  /** The byte a character decodes from, as Windows-1252 or ISO-8859-1; -1 for other characters. */
  static int byteOf(char c) {
    if (c >= 0x80 && c <= 0xFF) {
      return c;
    }
    int i = HIGH.indexOf(c);
    return i < 0 ? -1 : 0x80 + i;
  }
}
