package org.recoupe.ingest;

import java.util.Locale;

/** Looks at the first bytes of a file: binary or text, and for XML, which root element. */
final class ContentSniffer {
  /** How many bytes are looked at. */
  static final int HEAD = 8192;

  /** Above this share of control characters (besides tab, line feed, form feed, return), a file is binary. */
  private static final double MAX_CONTROL_RATIO = 0.02;

  private ContentSniffer() {}

  /**
   * Why {@code head} looks binary (NUL bytes, or many control characters, as in images, archives or
   * executables), or null when it looks like text. UTF-16 with a byte order mark is text.
   */
  static String binaryReason(byte[] head) {
    if (head.length >= 2
        && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)
            || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF))) {
      return null;
    }
    int controls = 0;
    for (byte b : head) {
      if (b == 0) {
        return "binary content (NUL bytes), not text; UTF-16 text needs a byte order mark";
      }
      if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        controls++;
      }
    }
    if (controls > head.length * MAX_CONTROL_RATIO) {
      return "binary content (" + controls + " control characters in the first " + head.length + " bytes), not text";
    }
    return null;
  }

  /** The name of the root element of an XML document, as written ({@code rss}, {@code rdf:RDF}), or null. */
  static String rootElement(String xml) {
    int i = 0;
    int n = xml.length();
    while (true) {
      int lt = xml.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        return null;
      }
      char c = xml.charAt(lt + 1);
      if (c == '?') {
        i = skipPast(xml, lt, "?>");
      } else if (xml.startsWith("<!--", lt)) {
        i = skipPast(xml, lt, "-->");
      } else if (c == '!') {
        int bracket = xml.indexOf('[', lt);
        int close = xml.indexOf('>', lt);
        i = bracket >= 0 && bracket < close ? skipPast(xml, bracket, "]>") : skipPast(xml, lt, ">");
      } else {
        int end = lt + 1;
        while (end < n && !Character.isWhitespace(xml.charAt(end)) && "/>".indexOf(xml.charAt(end)) < 0) {
          end++;
        }
        return end > lt + 1 ? xml.substring(lt + 1, end) : null;
      }
      if (i < 0) {
        return null;
      }
    }
  }

  /** Whether an XML root element names a feed: RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom. */
  static boolean isFeedRoot(String root) {
    if (root == null) {
      return false;
    }
    String local = root.substring(root.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    return local.equals("rss") || local.equals("feed") || local.equals("rdf");
  }

  private static int skipPast(String s, int from, String end) {
    int at = s.indexOf(end, from);
    return at < 0 ? -1 : at + end.length();
  }
}
