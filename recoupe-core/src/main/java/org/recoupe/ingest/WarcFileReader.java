package org.recoupe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.recoupe.document.Format;
import org.recoupe.document.Metadata;
import org.recoupe.document.Published;

/**
 * A web archive (WARC): each successful (2xx) HTTP response whose content type is HTML becomes a
 * document of format {@link Format#HTML}, named {@code <base>-r<n>} after its record number. The
 * target URI is the url hint and the WARC-Date, the capture time, a fallback publication date
 * (source {@code "warc"}). Other records (requests, metadata, images, redirects) are passed over.
 */
final class WarcFileReader implements FormatReader {

  @Override
  public void read(InputFile file, IngestSink sink) throws IOException {
    int records = 0;
    int outcomes = 0;
    boolean lastFailed = false;
    try (InputStream in = file.open()) {
      WarcReader reader;
      try {
        reader = new WarcReader(in);
      } catch (IOException | RuntimeException e) {
        rethrowIfCapped(e);
        sink.reject(file.problem(null, "not a WARC file: " + IoReasons.message(e)));
        return;
      }
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          rethrowIfCapped(e);
          if (!lastFailed) {
            String what = records == 0 ? "not a WARC file: " : "corrupt or truncated WARC record: ";
            sink.reject(file.problem("record " + (records + 1), what + IoReasons.message(e)));
          }
          return;
        }
        if (next.isEmpty()) {
          break;
        }
        records++;
        Outcome outcome = next.get() instanceof WarcResponse response ? read(file, records, response, sink) : Outcome.PASSED_OVER;
        lastFailed = outcome == Outcome.FAILED;
        if (outcome != Outcome.PASSED_OVER) {
          outcomes++;
        }
      }
    }
    if (outcomes == 0) {
      sink.reject(file.problem(null, records == 0
          ? "empty WARC file (no records)"
          : "no HTML response (status 2xx, text/html) among " + records + " WARC records"));
    }
  }

  /** What became of a record. */
  private enum Outcome {
    DOCUMENT,
    PROBLEM,
    /** The record could not be read; a following error is a consequence, not news. */
    FAILED,
    PASSED_OVER
  }

  /** Reads one response record. */
  private static Outcome read(InputFile file, int n, WarcResponse response, IngestSink sink) {
    String where = "record " + n + " " + idOf(response);
    try {
      if (!"http".equals(scheme(response))) {
        return Outcome.PASSED_OVER;
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() > 299 || !isHtml(http.contentType())) {
        return Outcome.PASSED_OVER;
      }
      byte[] body;
      try (InputStream content = http.bodyDecoded().stream()) {
        body = content.readAllBytes();
      }
      String declared = http.contentType().parameters().get("charset");
      if (declared == null) {
        declared = DeclaredCharset.inHtml(body);
      }
      String html = TextDecoder.toText(body, declared);
      if (!Markup.hasText(html)) {
        sink.reject(file.problem(where, "the HTML response has no text"));
        return Outcome.PROBLEM;
      }
      Metadata hints = new Hints().url(response.target()).published(captureDate(response)).build();
      sink.accept(file.document("-r" + n, where, Format.HTML, html, hints));
      return Outcome.DOCUMENT;
    } catch (IOException | RuntimeException e) {
      sink.reject(file.problem(where, "cannot read the HTTP response (truncated or corrupt record): " + IoReasons.message(e)));
      return Outcome.FAILED;
    }
  }

  private static String scheme(WarcResponse response) {
    String target = response.target();
    int colon = target == null ? -1 : target.indexOf(':');
    return colon < 0 ? "" : target.substring(0, colon).toLowerCase(Locale.ROOT).replace("https", "http");
  }

  private static boolean isHtml(MediaType type) {
    String t = type.type().toLowerCase(Locale.ROOT) + "/" + type.subtype().toLowerCase(Locale.ROOT);
    return t.equals("text/html") || t.equals("application/xhtml+xml");
  }

  private static Published captureDate(WarcResponse response) {
    try {
      return DateHints.of(response.date(), "warc");
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String idOf(WarcRecord record) {
    try {
      return "<" + record.id() + ">";
    } catch (RuntimeException e) {
      return "(no WARC-Record-ID)";
    }
  }

  private static void rethrowIfCapped(Exception e) throws IOException {
    if (e instanceof CappedInputStream.TooLargeException tooLarge) {
      throw tooLarge;
    }
  }
}
