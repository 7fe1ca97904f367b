package org.recoupe.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.text.Normalizer;

/**
 * Turns the bytes of a file or record into text. The charset is chosen, in order, by a byte order
 * mark (UTF-8, UTF-16 LE/BE), by the bytes being valid UTF-8, by a declared charset (HTML
 * {@code <meta>}, XML declaration, HTTP header) when the bytes decode cleanly with it, and
 * otherwise Windows-1252 (the superset of ISO-8859-1 that browsers use for both; see {@link
 * Windows1252}).
 */
public final class TextDecoder {
  /** The fallback for bytes that are not UTF-8. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /**
   * The decoded text and the charset that produced it.
   *
   * @param text the text, BOM removed, not yet normalised
   * @param charset the charset used
   */
  public record Decoded(String text, Charset charset) {}

  /** Decodes {@code bytes}; {@code declared} is a charset name found in the content or headers, or null. */
  public static Decoded decode(byte[] bytes, String declared) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(new String(bytes, 3, n - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8);
    }
    Charset charset = singleByteOrLegacy(declared);
    if (charset != null) {
      String text = strict(bytes, charset);
      if (text != null) {
        return new Decoded(text, charset);
      }
    }
    return new Decoded(Windows1252.decode(bytes, 0, bytes.length), WINDOWS_1252);
  }

  /**
   * Prepares decoded text for the pipeline: drops a leading BOM, repairs mojibake ({@link
   * MojibakeRepair}) and normalises to NFC.
   */
  public static String normalise(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = MojibakeRepair.repair(t);
    if (t.startsWith("\uFEFF")) {
      t = t.substring(1);
    }
    return Normalizer.normalize(t, Normalizer.Form.NFC);
  }

  /** {@link #decode} then {@link #normalise}. */
  public static String toText(byte[] bytes, String declared) {
    return normalise(decode(bytes, declared).text());
  }

  /** The declared charset if it is usable as a fallback for non-UTF-8 bytes; ISO-8859-1 reads as Windows-1252. */
  private static Charset singleByteOrLegacy(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    Charset c;
    try {
      c = Charset.forName(declared.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
    String name = c.name();
    if (name.startsWith("UTF-")) {
      return null;
    }
    if (name.equals("ISO-8859-1") || name.equals("US-ASCII")) {
      return WINDOWS_1252;
    }
    return c;
  }

  private static String strict(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
