package org.recoupe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoupe.document.Document;
import org.recoupe.document.Format;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;

class IngestorFormatsTest {
  @TempDir Path dir;

  private static Document only(CollectingSink sink) {
    assertEquals(List.of(), sink.problems);
    assertEquals(1, sink.documents.size(), sink.documents::toString);
    return sink.documents.get(0);
  }

  @Test
  void readsPlainText() {
    Document d = only(Samples.ingest(Samples.write(dir, "Budget Piscine.txt", Samples.ARTICLE)));
    assertEquals("budget_piscine", d.id());
    assertEquals(Samples.ARTICLE, d.get(Keys.ORIGINAL));
    assertEquals(Format.TEXT, d.get(Keys.SOURCE).format());
    assertNull(d.get(Keys.SOURCE).record());
    assertEquals(Metadata.EMPTY, d.get(Keys.HINTS));
  }

  @Test
  void readsFilesLongerThanTheSniffedHead() {
    String text = Samples.ARTICLE.repeat(2000);
    Samples.write(dir, "long.txt", text);
    Samples.write(dir, "long.html.gz", Samples.gzip(Samples.utf8("<html><body>" + "<p>Un paragraphe.</p>".repeat(5000) + "</body></html>")));
    CollectingSink sink = Samples.ingest(dir);
    assertEquals(List.of(), sink.problems);
    assertEquals(2, sink.documents.size());
    assertEquals(text, sink.documents.get(1).get(Keys.ORIGINAL));
  }

  @Test
  void readsHtmlAndHtm() {
    Samples.write(dir, "a.html", Samples.HTML);
    Samples.write(dir, "b.htm", Samples.HTML);
    CollectingSink sink = Samples.ingest(dir);
    assertEquals(List.of(), sink.problems);
    assertEquals(List.of("a", "b"), sink.documents.stream().map(Document::id).toList());
    for (Document d : sink.documents) {
      assertEquals(Format.HTML, d.get(Keys.SOURCE).format());
      assertEquals(Samples.HTML, d.get(Keys.ORIGINAL));
    }
  }

  @Test
  void readsJsonLinesWithHints() {
    CollectingSink sink = Samples.ingest(Samples.write(dir, "feed.jsonl", Samples.JSONL));
    assertEquals(List.of(), sink.problems);
    assertEquals(2, sink.documents.size());
    Document first = sink.documents.get(0);
    assertEquals("feed-l1", first.id());
    assertEquals("line 1", first.get(Keys.SOURCE).record());
    assertEquals(Format.TEXT, first.get(Keys.SOURCE).format());
    assertEquals("Le conseil a voté le budget.", first.get(Keys.ORIGINAL));
    Metadata m = first.get(Keys.HINTS);
    assertEquals("Budget voté", m.title());
    assertEquals("https://example.org/a", m.url());
    assertEquals("La Gazette", m.outlet());
    assertEquals("fr", m.language());
    assertEquals("2024-06-19T16:00+02:00", m.published().iso());
    assertEquals("jsonl", m.published().source());
    Document second = sink.documents.get(1);
    assertEquals("feed-l2", second.id());
    assertEquals(Format.HTML, second.get(Keys.SOURCE).format());
    assertEquals("<p>La piscine ouvrira en juin.</p>", second.get(Keys.ORIGINAL));
    assertEquals("2024-06-20", second.get(Keys.HINTS).published().iso());
  }

  @Test
  void readsWarcHtmlResponses() {
    String html = "<html><body><p>Le conseil a voté.</p></body></html>";
    CollectingSink sink = Samples.ingest(Samples.write(dir, "crawl.warc", Samples.warc("https://example.org/a", html)));
    Document d = only(sink);
    assertEquals("crawl-r3", d.id());
    assertTrue(d.get(Keys.SOURCE).record().startsWith("record 3 <urn:uuid:"), d.get(Keys.SOURCE).record());
    assertEquals(Format.HTML, d.get(Keys.SOURCE).format());
    assertEquals(html, d.get(Keys.ORIGINAL));
    assertEquals("https://example.org/a", d.get(Keys.HINTS).url());
    assertEquals("2024-06-19T14:05Z", d.get(Keys.HINTS).published().iso());
    assertEquals("warc", d.get(Keys.HINTS).published().source());
  }

  @Test
  void readsGzippedWarcWithWindows1252Body() {
    byte[] body = "<html><body><p>Déjà l’été</p></body></html>".getBytes(TextDecoder.WINDOWS_1252);
    byte[] warc = Samples.warc("https://example.org/a", "text/html; charset=windows-1252", body);
    Document d = only(Samples.ingest(Samples.write(dir, "crawl.warc.gz", Samples.gzip(warc))));
    assertEquals("crawl-r3", d.id());
    assertTrue(d.get(Keys.ORIGINAL).contains("Déjà l’été"), d.get(Keys.ORIGINAL));
  }

  @Test
  void readsRssItemsWithHints() {
    CollectingSink sink = Samples.ingest(Samples.write(dir, "gazette.rss", Samples.RSS));
    assertEquals(List.of(), sink.problems);
    assertEquals(2, sink.documents.size());
    Document first = sink.documents.get(0);
    assertEquals("gazette-r1", first.id());
    assertEquals("item 1", first.get(Keys.SOURCE).record());
    assertEquals(Format.HTML, first.get(Keys.SOURCE).format());
    assertEquals("<p>Le conseil municipal a voté le budget.</p>", first.get(Keys.ORIGINAL));
    Metadata m = first.get(Keys.HINTS);
    assertEquals("Budget voté", m.title());
    assertEquals("https://example.org/a", m.url());
    assertEquals("La Gazette", m.outlet());
    assertEquals("fr", m.language());
    assertEquals(List.of("Jeanne Martin"), m.authors());
    assertEquals("2024-06-19T16:00+02:00", m.published().iso());
    assertEquals("feed", m.published().source());
    Document second = sink.documents.get(1);
    assertEquals(Format.TEXT, second.get(Keys.SOURCE).format());
    assertEquals("La piscine ouvrira en juin.", second.get(Keys.ORIGINAL));
    assertEquals("2024-06-20T09:30Z", second.get(Keys.HINTS).published().iso());
  }

  @Test
  void readsAtomEntries() {
    Document d = only(Samples.ingest(Samples.write(dir, "courier.atom", Samples.ATOM)));
    assertEquals("courier-r1", d.id());
    assertEquals("entry 1", d.get(Keys.SOURCE).record());
    assertEquals(Format.HTML, d.get(Keys.SOURCE).format());
    assertEquals("<p>The council passed the pool budget on Tuesday.</p>", d.get(Keys.ORIGINAL));
    Metadata m = d.get(Keys.HINTS);
    assertEquals("Pool budget passed", m.title());
    assertEquals("https://example.com/pool", m.url());
    assertEquals("The Courier", m.outlet());
    assertEquals("en", m.language());
    assertEquals(List.of("John Smith"), m.authors());
    assertEquals("2024-06-19T14:00Z", m.published().iso());
  }

  @Test
  void sniffsXmlFeedsAndXhtml() {
    Samples.write(dir, "a-feed.xml", Samples.RSS);
    Samples.write(dir, "b-page.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
        + "<body><p>Une page XHTML.</p></body></html>");
    CollectingSink sink = Samples.ingest(dir);
    assertEquals(List.of(), sink.problems);
    assertEquals(List.of("a-feed-r1", "a-feed-r2", "b-page"), sink.documents.stream().map(Document::id).toList());
    assertEquals(Format.HTML, sink.documents.get(2).get(Keys.SOURCE).format());
  }

  @Test
  void readsEveryFormatGzipped() {
    Samples.write(dir, "t.txt.gz", Samples.gzip(Samples.utf8(Samples.ARTICLE)));
    Samples.write(dir, "h.html.gz", Samples.gzip(Samples.utf8(Samples.HTML)));
    Samples.write(dir, "j.jsonl.gz", Samples.gzip(Samples.utf8(Samples.JSONL)));
    Samples.write(dir, "r.rss.gz", Samples.gzip(Samples.utf8(Samples.RSS)));
    Samples.write(dir, "x.xml.gz", Samples.gzip(Samples.utf8(Samples.ATOM)));
    CollectingSink sink = Samples.ingest(dir);
    assertEquals(List.of(), sink.problems);
    assertEquals(List.of("h", "j-l1", "j-l2", "r-r1", "r-r2", "t", "x-r1"),
        sink.documents.stream().map(Document::id).toList());
  }

  @Test
  void walksFoldersRecursivelyInNameOrderWithUniqueIds() {
    Samples.write(dir, "b/article.txt", "Deuxième.");
    Samples.write(dir, "a/article.txt", "Premier.");
    Samples.write(dir, "a/Article.html", "<p>Troisième.</p>");
    Samples.write(dir, "c.txt", "Quatrième.");
    CollectingSink sink = Samples.ingest(dir);
    assertEquals(List.of(), sink.problems);
    assertEquals(List.of("article", "article-2", "article-3", "c"), sink.documents.stream().map(Document::id).toList());
    assertEquals(dir.resolve("a/Article.html").toString(), sink.documents.get(0).get(Keys.SOURCE).file());
  }

  @Test
  void skipsHiddenFilesSilently() {
    Samples.write(dir, ".DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
    Samples.write(dir, ".git/config", "[core]");
    Samples.write(dir, "a.txt", "Texte.");
    CollectingSink sink = Samples.ingest(dir);
    assertEquals(List.of(), sink.problems);
    assertEquals(1, sink.documents.size());
  }

  @Test
  void decodesEncodingsAndRepairsMojibake() {
    Samples.write(dir, "bom.txt", Samples.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Samples.utf8("Été.")));
    Samples.write(dir, "cp1252.txt", "L’été à Noël".getBytes(TextDecoder.WINDOWS_1252));
    Samples.write(dir, "mojibake.txt", "DÃ©jÃ  lâ€™Ã©tÃ©");
    Samples.write(dir, "nfd.txt", "e\u0301te\u0301");
    Samples.write(dir, "utf16.txt", Samples.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Ça va".getBytes(StandardCharsets.UTF_16LE)));
    CollectingSink sink = Samples.ingest(dir);
    assertEquals(List.of(), sink.problems);
    assertEquals(List.of("Été.", "L’été à Noël", "Déjà l’été", "été", "Ça va"),
        sink.documents.stream().map(d -> d.get(Keys.ORIGINAL)).toList());
  }

  @Test
  void honoursHtmlMetaCharsetWhenBytesAreNotUtf8() {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
        + "<body><p>Привет</p></body></html>";
    Document d = only(Samples.ingest(Samples.write(dir, "ru.html", page.getBytes(java.nio.charset.Charset.forName("windows-1251")))));
    assertTrue(d.get(Keys.ORIGINAL).contains("Привет"), d.get(Keys.ORIGINAL));
  }
}
