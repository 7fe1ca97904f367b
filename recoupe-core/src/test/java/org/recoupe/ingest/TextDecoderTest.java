package org.recoupe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String TEXT = "L’été à Noël, 20 € — « oui »";

  private static byte[] withBom(byte[] bom, byte[] body) {
    return Samples.concat(bom, body);
  }

  @Test
  void utf8WithAndWithoutBom() {
    assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), null).text());
    TextDecoder.Decoded d = TextDecoder.decode(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)), null);
    assertEquals(TEXT, d.text());
    assertEquals(StandardCharsets.UTF_8, d.charset());
  }

  @Test
  void utf16WithBom() {
    TextDecoder.Decoded le = TextDecoder.decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)), null);
    assertEquals(TEXT, le.text());
    assertEquals(StandardCharsets.UTF_16LE, le.charset());
    TextDecoder.Decoded be = TextDecoder.decode(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)), null);
    assertEquals(TEXT, be.text());
    assertEquals(StandardCharsets.UTF_16BE, be.charset());
  }

  @Test
  void windows1252AndLatin1WhenNotUtf8() {
    TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(TextDecoder.WINDOWS_1252), null);
    assertEquals(TEXT, d.text());
    assertEquals(TextDecoder.WINDOWS_1252, d.charset());
    assertEquals("déjà", TextDecoder.decode("déjà".getBytes(StandardCharsets.ISO_8859_1), "iso-8859-1").text());
  }

  @Test
  void declaredCharsetIsHonouredWhenConsistent() {
    Charset cp1251 = Charset.forName("windows-1251");
    assertEquals("Привет", TextDecoder.decode("Привет".getBytes(cp1251), "windows-1251").text());
    // Declared Latin-1 but the bytes are valid UTF-8: the bytes win.
    assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "iso-8859-1").text());
    // Declared UTF-8 but the bytes are not: Windows-1252.
    assertEquals("été", TextDecoder.decode("été".getBytes(TextDecoder.WINDOWS_1252), "utf-8").text());
    // Unknown names are ignored.
    assertEquals("été", TextDecoder.decode("été".getBytes(TextDecoder.WINDOWS_1252), "no-such-charset").text());
  }

  @Test
  void normaliseRepairsMojibakeAppliesNfcAndDropsBom() {
    assertEquals("été", TextDecoder.normalise("\uFEFFe\u0301te\u0301"));
    assertEquals("l’été", TextDecoder.normalise("lâ€™Ã©tÃ©"));
    assertEquals("ok", TextDecoder.normalise("ï»¿ok"));
  }

  @Test
  void utf8ReadAsWindows1252IsRepairedEndToEnd() {
    byte[] doubleEncoded = new String(TEXT.getBytes(StandardCharsets.UTF_8), TextDecoder.WINDOWS_1252).getBytes(StandardCharsets.UTF_8);
    assertEquals(TEXT, TextDecoder.toText(doubleEncoded, null));
  }

  @Test
  void findsDeclaredCharsets() {
    assertEquals("iso-8859-1", DeclaredCharset.inHtml(Samples.utf8("<html><head><meta charset='ISO-8859-1'>")));
    assertEquals("windows-1252", DeclaredCharset.inHtml(
        Samples.utf8("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")));
    assertEquals("iso-8859-15", DeclaredCharset.inXml(Samples.utf8("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss/>")));
    assertEquals("utf-8", DeclaredCharset.inContentType("text/html; charset=\"UTF-8\""));
    assertEquals(null, DeclaredCharset.inHtml(Samples.utf8("<p>charset=utf-8</p>")));
  }
}
