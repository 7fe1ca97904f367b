package org.recoupe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;

/**
 * Real pages from the public evaluation sets (read from {@code recoupe.shared}): every page is read,
 * and decoding never changes a page that shows no mojibake.
 */
class SharedPagesIngestTest {
  private static final Path SHARED = Path.of(System.getProperty("recoupe.shared", "../shared"));

  @Test
  void readsEveryBenchmarkPageWithoutHarmingCorrectText() throws IOException {
    Path zyte = SHARED.resolve("eval/article-extraction-benchmark/html");
    Path trafilatura = SHARED.resolve("eval/trafilatura-eval-fr-subset/html");
    assertTrue(Files.isDirectory(zyte) && Files.isDirectory(trafilatura), "shared evaluation pages missing under " + SHARED);
    CollectingSink sink = Samples.ingest(zyte, trafilatura);
    assertEquals(List.of(), sink.problems);
    assertEquals(181 + 19, sink.documents.size());
    int untouched = 0;
    for (Document d : sink.documents) {
      String plain = Normalizer.normalize(utf8(Path.of(d.get(Keys.SOURCE).file())), Normalizer.Form.NFC);
      if (!plain.contains("\u00C3") && !plain.contains("\u00C2") && !plain.contains("\u00E2\u20AC")) {
        assertEquals(plain, d.get(Keys.ORIGINAL), d.id());
        untouched++;
      }
    }
    assertTrue(untouched > 190, "pages without mojibake: " + untouched);
  }

  private static String utf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      }
    }
    String s = new String(bytes, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
