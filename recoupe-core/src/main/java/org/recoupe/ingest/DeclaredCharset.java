package org.recoupe.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the charset a document declares for itself: HTML {@code <meta>}, XML declaration, Content-Type. */
final class DeclaredCharset {
  private static final int HEAD = 4096;
  private static final Pattern META =
      Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_DECL =
      Pattern.compile("^(?:\u00EF\u00BB\u00BF)?\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_:.+-]+)[\"']", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTENT_TYPE =
      Pattern.compile(";\\s*charset\\s*=\\s*[\"']?([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);

  private DeclaredCharset() {}

  /** The charset of a {@code <meta charset>} or {@code http-equiv} declaration near the start, or null. */
  static String inHtml(byte[] bytes) {
    return find(META, head(bytes));
  }

  /** The encoding of an XML declaration, or null. */
  static String inXml(byte[] bytes) {
    return find(XML_DECL, head(bytes));
  }

  /** The charset parameter of a Content-Type header value, or null. */
  static String inContentType(String contentType) {
    return contentType == null ? null : find(CONTENT_TYPE, contentType);
  }

  private static String head(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
  }

  private static String find(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
