package org.recoupe.app.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.time.TimeStage;

/**
 * Throughput of the time stage alone on already cleaned documents (single thread): passes over the
 * corpus are repeated for at least two seconds after a one-second warm-up.
 */
final class TimeBench {
  private static final long WARM_UP_NANOS = 1_000_000_000L;
  private static final long MEASURE_NANOS = 2_000_000_000L;

  private TimeBench() {}

  static void run(List<Document> cleaned, PrintWriter out) {
    TimeStage stage = new TimeStage();
    long chars = cleaned.stream().mapToLong(d -> d.get(Keys.TEXT).length()).sum();
    long found = 0;
    long start = System.nanoTime();
    while (System.nanoTime() - start < WARM_UP_NANOS) {
      found += pass(stage, cleaned);
    }
    int passes = 0;
    start = System.nanoTime();
    long elapsed;
    do {
      found += pass(stage, cleaned);
      passes++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < MEASURE_NANOS);
    double seconds = elapsed / 1e9;
    out.printf(Locale.ROOT, "time expressions: %d characters, %d passes (%d found in total)%n", chars, passes, found);
    out.printf(Locale.ROOT, "  %.0f characters/s  %.1f articles/s%n", chars * passes / seconds,
        (double) cleaned.size() * passes / seconds);
  }

  private static long pass(TimeStage stage, List<Document> docs) {
    long n = 0;
    for (Document d : docs) {
      n += stage.apply(d).get(org.recoupe.time.TimeKeys.TIMEXES).size();
    }
    return n;
  }
}
