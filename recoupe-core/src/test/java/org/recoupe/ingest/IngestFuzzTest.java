package org.recoupe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;

/**
 * Seeded fuzzing of every reader: random bytes, and valid inputs truncated, with bytes flipped,
 * inserted or removed, plain and gzipped. Each input must give documents or problems, never an
 * exception and never an internal error.
 */
class IngestFuzzTest {
  /** Fixed so that failures reproduce; another one can be tried with -Drecoupe.fuzz.seed=N. */
  private static final long SEED = Long.getLong("recoupe.fuzz.seed", 20240619L);
  private static final int CASES_PER_FORMAT = 60;

  @TempDir Path dir;

  @Test
  void readersSurviveMutatedInputs() {
    Map<String, byte[]> valid =
        Map.of(
            "txt", Samples.utf8(Samples.ARTICLE),
            "html", Samples.utf8(Samples.HTML),
            "jsonl", Samples.utf8(Samples.JSONL),
            "warc", Samples.warc("https://example.org/a", Samples.HTML),
            "rss", Samples.utf8(Samples.RSS),
            "atom", Samples.utf8(Samples.ATOM),
            "xml", Samples.utf8(Samples.RSS));
    Random random = new Random(SEED);
    List<Path> files = new ArrayList<>();
    for (String ext : valid.keySet().stream().sorted().toList()) {
      for (int i = 0; i < CASES_PER_FORMAT; i++) {
        byte[] input = mutate(valid.get(ext), random);
        boolean gzip = i % 4 == 3;
        if (gzip) {
          input = i % 8 == 7 ? mutate(Samples.gzip(input), random) : Samples.gzip(input);
        }
        files.add(Samples.write(dir, String.format(java.util.Locale.ROOT, "%s-%03d.%s%s", ext, i, ext, gzip ? ".gz" : ""), input));
      }
    }
    for (int i = 0; i < CASES_PER_FORMAT; i++) {
      byte[] noise = new byte[random.nextInt(2048)];
      random.nextBytes(noise);
      String ext = List.of("txt", "html", "jsonl", "warc", "rss", "xml", "txt.gz", "warc.gz").get(i % 8);
      files.add(Samples.write(dir, "noise-" + i + "." + ext, noise));
    }
    for (Path file : files) {
      CollectingSink sink = Samples.ingest(file);
      assertTrue(!sink.documents.isEmpty() || !sink.problems.isEmpty(), () -> file + " gave nothing");
      for (Problem p : sink.problems) {
        assertEquals(file.toString(), p.file());
        assertTrue(!p.reason().startsWith("internal error"), p::describe);
      }
      for (Document d : sink.documents) {
        assertTrue(d.has(Keys.SOURCE) && d.has(Keys.ORIGINAL) && d.has(Keys.HINTS), d::toString);
        assertTrue(!d.get(Keys.ORIGINAL).isBlank(), d::toString);
      }
    }
  }

  /** One of: truncate, flip bytes, insert random bytes, delete a range, duplicate a range. */
  private static byte[] mutate(byte[] input, Random random) {
    byte[] b = input.clone();
    int n = b.length;
    switch (random.nextInt(5)) {
      case 0:
        return Arrays.copyOf(b, random.nextInt(n));
      case 1:
        for (int k = 1 + random.nextInt(8); k > 0; k--) {
          b[random.nextInt(n)] = (byte) random.nextInt(256);
        }
        return b;
      case 2: {
        byte[] noise = new byte[1 + random.nextInt(16)];
        random.nextBytes(noise);
        int at = random.nextInt(n);
        return Samples.concat(Samples.concat(Arrays.copyOf(b, at), noise), Arrays.copyOfRange(b, at, n));
      }
      case 3: {
        int from = random.nextInt(n);
        int to = Math.min(n, from + 1 + random.nextInt(64));
        return Samples.concat(Arrays.copyOf(b, from), Arrays.copyOfRange(b, to, n));
      }
      default: {
        int from = random.nextInt(n);
        int to = Math.min(n, from + 1 + random.nextInt(64));
        return Samples.concat(Arrays.copyOf(b, to), Arrays.copyOfRange(b, from, n));
      }
    }
  }
}
