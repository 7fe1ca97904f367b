package org.recoupe.app.output;

/**
 * The one HTML escaping function of the app: everything taken from articles goes through it before
 * it reaches a page, in text and in attribute values alike.
 */
public final class Html {
  private Html() {}

  /**
   * {@code text} with {@code & < > " '} replaced by character references, so it reads as text in
   * element content and in quoted attribute values; characters HTML forbids (NUL and other control
   * characters but tab, line feed and carriage return, lone surrogates) become U+FFFD. {@code null}
   * is the empty string.
   */
  public static String escape(CharSequence text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c) || forbidden(c)) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  private static boolean forbidden(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c < 0xA0);
  }
}
