package org.recoupe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;

/** Every kind of bad input gives a clear problem, and the batch goes on. */
class IngestorProblemsTest {
  @TempDir Path dir;

  private static final byte[] PNG_HEAD = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0
  };
  private static final byte[] ZIP_HEAD = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'x', 'y', 0x1F, (byte) 0x8B, 2, 1, 5, 3, 7};

  /** The one problem ingesting {@code file} gives, with no document. */
  private static Problem problemOf(Path file) {
    return problemOf(IngestOptions.DEFAULTS, file);
  }

  private static Problem problemOf(IngestOptions options, Path file) {
    CollectingSink sink = Samples.ingest(options, file);
    assertEquals(List.of(), sink.documents);
    Problem p = sink.onlyProblem();
    assertEquals(file.toString(), p.file());
    return p;
  }

  private static void assertReason(String expected, Problem p) {
    assertTrue(p.reason().contains(expected), () -> "reason of " + p.describe() + " lacks: " + expected);
  }

  @Test
  void emptyFile() {
    Problem p = problemOf(Samples.write(dir, "empty.txt", new byte[0]));
    assertNull(p.location());
    assertEquals("empty file", p.reason());
  }

  @Test
  void whiteSpaceOnlyFile() {
    assertReason("no text", problemOf(Samples.write(dir, "blank.txt", " \n\t\n")));
  }

  @Test
  void emptyAfterDecompression() {
    assertReason("empty file (after decompression)", problemOf(Samples.write(dir, "e.txt.gz", Samples.gzip(new byte[0]))));
  }

  @Test
  void pngRenamedTxtIsBinary() {
    assertReason("binary content (NUL bytes)", problemOf(Samples.write(dir, "photo.txt", PNG_HEAD)));
  }

  @Test
  void zipRenamedTxtIsBinary() {
    assertReason("binary content", problemOf(Samples.write(dir, "archive.txt", ZIP_HEAD)));
  }

  @Test
  void controlCharactersWithoutNulAreBinary() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertReason("control characters", problemOf(Samples.write(dir, "odd.html", bytes)));
  }

  @Test
  void truncatedGzip() {
    byte[] gz = Samples.gzip(Samples.utf8(Samples.ARTICLE.repeat(50)));
    Path file = Samples.write(dir, "cut.txt.gz", Arrays.copyOf(gz, gz.length / 2));
    assertReason("truncated gzip", problemOf(file));
  }

  @Test
  void notGzipAtAll() {
    assertReason("corrupt gzip", problemOf(Samples.write(dir, "fake.jsonl.gz", Samples.JSONL)));
  }

  @Test
  void invalidJsonLineIsReportedAndOtherLinesAreRead() {
    String jsonl = "{\"text\":\"Premier article.\"}\n{\"text\": \"oops\n{\"text\":\"Troisième article.\"}\n";
    CollectingSink sink = Samples.ingest(Samples.write(dir, "mixed.jsonl", jsonl));
    assertEquals(List.of("mixed-l1", "mixed-l3"), sink.documents.stream().map(Document::id).toList());
    Problem p = sink.onlyProblem();
    assertEquals("line 2", p.location());
    assertReason("invalid JSON", p);
  }

  @Test
  void jsonLineWithoutTextOrHtml() {
    Problem p = problemOf(Samples.write(dir, "notext.jsonl", "{\"title\":\"Sans texte\",\"text\":\"  \"}\n"));
    assertEquals("line 1", p.location());
    assertReason("no non-empty 'text' or 'html'", p);
  }

  @Test
  void jsonLineWithWrongFieldType() {
    Problem p = problemOf(Samples.write(dir, "types.jsonl", "\n{\"text\":[\"a\"]}\n"));
    assertEquals("line 2", p.location());
    assertReason("'text' must be a string", p);
  }

  @Test
  void jsonLineThatIsNotAnObject() {
    assertReason("not a JSON object", problemOf(Samples.write(dir, "array.jsonl", "[1,2]\n")));
  }

  @Test
  void jsonLineWhoseHtmlHasNoText() {
    Problem p = problemOf(Samples.write(dir, "img.jsonl", "{\"html\":\"<img src=a.png>\"}"));
    assertReason("'html' field has no text", p);
  }

  @Test
  void warcWithoutHtmlResponse() {
    Problem p = problemOf(Samples.write(dir, "data.warc", Samples.warcWithoutHtml()));
    assertNull(p.location());
    assertReason("no HTML response", p);
  }

  @Test
  void warcThatIsNotAWarc() {
    assertReason("not a WARC file", problemOf(Samples.write(dir, "junk.warc", "hello, this is not a web archive\n")));
  }

  @Test
  void truncatedWarcKeepsEarlierRecordsAndNamesTheBrokenOne() {
    byte[] one = Samples.warc("https://example.org/a", "<p>Premier.</p>");
    byte[] two = Samples.warc("https://example.org/b", "<p>Second article, coupé en plein milieu.</p>");
    Path file = Samples.write(dir, "cut.warc", Samples.concat(one, Arrays.copyOf(two, two.length - 30)));
    CollectingSink sink = Samples.ingest(file);
    assertEquals(List.of("cut-r3"), sink.documents.stream().map(Document::id).toList());
    Problem p = sink.onlyProblem();
    assertTrue(p.location().startsWith("record "), p.describe());
  }

  @Test
  void htmlWithoutText() {
    Problem p = problemOf(Samples.write(dir, "blank.html", "<html><head><title>t</title><script>var a=1;</script></head><body><img src=x></body></html>"));
    assertReason("has no text", p);
  }

  @Test
  void fileOverTheSizeCap() {
    Path file = Samples.write(dir, "big.txt", "a".repeat(2000));
    Problem p = problemOf(new IngestOptions(1000), file);
    assertReason("2000 bytes, over the cap of 1000", p);
  }

  @Test
  void gzipBombIsStoppedAtTheCap() {
    byte[] bomb = Samples.gzip(Samples.utf8(" ".repeat(4 * 1024 * 1024)));
    Path file = Samples.write(dir, "bomb.txt.gz", bomb);
    assertTrue(bomb.length < 64 * 1024, "the test file must compress well");
    Problem p = problemOf(new IngestOptions(64 * 1024), file);
    assertReason("larger than the cap of 65536 bytes after decompression", p);
  }

  @Test
  void unreadableFile() throws IOException {
    Path file = Samples.write(dir, "secret.txt", "Texte secret.");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    // Root (as in CI containers) reads any file whatever its mode, so the denial cannot happen
    // there; unreadableFileReasonIsExplained covers the same path through the exception instead.
    Assumptions.assumeFalse(Files.isReadable(file), "running as root: permission bits do not apply");
    assertReason("permission denied", problemOf(file));
  }

  @Test
  void unreadableFileReasonIsExplained() {
    assertEquals("permission denied (cannot read the file)", IoReasons.of(new AccessDeniedException("/x/secret.txt"), false));
  }

  @Test
  void unsupportedExtensionIsReported() {
    Problem p = problemOf(Samples.write(dir, "report.pdf", "%PDF-1.4"));
    assertReason("unsupported file type '.pdf'", p);
    assertReason(".jsonl", p);
  }

  @Test
  void fileWithoutExtensionIsReported() {
    assertReason("unsupported file type (no extension)", problemOf(Samples.write(dir, "README", "text")));
  }

  @Test
  void symlinkLoopIsReportedOnce() throws IOException {
    Path folder = dir.resolve("corpus");
    Samples.write(folder, "a.txt", "Un article.");
    Files.createSymbolicLink(folder.resolve("again"), folder);
    CollectingSink sink = Samples.ingest(folder);
    assertEquals(1, sink.documents.size());
    Problem p = sink.onlyProblem();
    assertEquals(folder.resolve("again").toString(), p.file());
    assertReason("symbolic link loop", p);
  }

  @Test
  void linkToItself() throws IOException {
    Path link = dir.resolve("self.txt");
    Files.createSymbolicLink(link, link);
    assertReason("symbolic link loop", problemOf(link));
  }

  @Test
  void brokenLink() throws IOException {
    Path link = dir.resolve("gone.txt");
    Files.createSymbolicLink(link, dir.resolve("nowhere.txt"));
    assertReason("broken symbolic link", problemOf(link));
  }

  @Test
  void missingPath() {
    assertEquals("no such file or folder", problemOf(dir.resolve("absent")).reason());
  }

  @Test
  void xmlThatIsNotAFeed() {
    assertReason("neither an RSS/Atom feed nor an XHTML page (root element: <invoice>)",
        problemOf(Samples.write(dir, "invoice.xml", "<?xml version=\"1.0\"?><invoice><total>3</total></invoice>")));
  }

  @Test
  void rssFileThatIsNotAFeed() {
    assertReason("not an RSS or Atom feed", problemOf(Samples.write(dir, "page.rss", "<html><body>x</body></html>")));
  }

  @Test
  void feedWithoutItems() {
    assertReason("no items", problemOf(Samples.write(dir, "empty.rss", "<rss><channel><title>T</title></channel></rss>")));
  }

  @Test
  void feedItemWithoutContentIsReportedAndOthersRead() {
    String rss = "<rss><channel><item><title>Seul un titre</title></item>"
        + "<item><description>Un vrai résumé.</description></item></channel></rss>";
    CollectingSink sink = Samples.ingest(Samples.write(dir, "partial.rss", rss));
    assertEquals(List.of("partial-r2"), sink.documents.stream().map(Document::id).toList());
    Problem p = sink.onlyProblem();
    assertEquals("item 1", p.location());
    assertReason("no content", p);
  }

  @Test
  void theBatchGoesOnPastEveryBadFile() {
    Samples.write(dir, "0-empty.txt", new byte[0]);
    Samples.write(dir, "1-photo.txt", PNG_HEAD);
    Samples.write(dir, "2-cut.txt.gz", Arrays.copyOf(Samples.gzip(Samples.utf8(Samples.ARTICLE)), 20));
    Samples.write(dir, "3-bad.jsonl", "{nope}\n");
    Samples.write(dir, "4-report.pdf", "%PDF");
    Samples.write(dir, "5-good.txt", Samples.ARTICLE);
    CollectingSink sink = Samples.ingest(dir);
    assertEquals(List.of("5-good"), sink.documents.stream().map(Document::id).toList());
    assertEquals(Samples.ARTICLE, sink.documents.get(0).get(Keys.ORIGINAL));
    assertEquals(5, sink.problems.size(), sink.problems::toString);
    assertTrue(sink.problems.stream().noneMatch(p -> p.reason().startsWith("internal error")));
  }

  @Test
  void problemDescribesFileAndLocation() {
    assertEquals("a.jsonl (line 3): invalid JSON", new Problem("a.jsonl", "line 3", "invalid JSON").describe());
    assertEquals("a.txt: empty file", new Problem("a.txt", null, "empty file").describe());
    assertEquals(StandardCharsets.UTF_8, TextDecoder.decode(Samples.utf8("x"), null).charset());
  }
}
