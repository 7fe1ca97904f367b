package org.recoupe.app;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Tells the user how far a run is: a redrawn bar on a terminal, plain log lines otherwise (pipes,
 * CI logs). Thread-safe.
 */
public interface Progress {
  /** A document finished (successfully or not). */
  void advance(String what);

  /** The run is over. */
  void done();

  /** A bar when standard output is a terminal, log lines every few seconds otherwise. */
  static Progress forConsole(PrintWriter err) {
    return System.console() != null ? new Bar(err) : new Lines(err);
  }

  /** Redraws {@code [#####     ] 12 done  last-id} on one line. */
  final class Bar implements Progress {
    private final PrintWriter err;
    private int done;

    Bar(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void advance(String what) {
      done++;
      int filled = done % 21;
      String bar = "#".repeat(filled) + " ".repeat(20 - filled);
      String label = what.length() > 40 ? what.substring(0, 40) : what;
      err.printf(Locale.ROOT, "\r[%s] %d done  %-40s", bar, done, label);
      err.flush();
    }

    @Override
    public synchronized void done() {
      err.print("\r" + " ".repeat(72) + "\r");
      err.flush();
    }
  }

  /** One log line per document at most every two seconds, and a last line. */
  final class Lines implements Progress {
    private final PrintWriter err;
    private int done;
    private long lastPrint;

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void advance(String what) {
      done++;
      long now = System.nanoTime();
      if (now - lastPrint > 2_000_000_000L) {
        lastPrint = now;
        err.printf(Locale.ROOT, "recoupe: %d documents done (last: %s)%n", done, what);
        err.flush();
      }
    }

    @Override
    public synchronized void done() {
      err.printf(Locale.ROOT, "recoupe: %d documents done%n", done);
      err.flush();
    }
  }
}
