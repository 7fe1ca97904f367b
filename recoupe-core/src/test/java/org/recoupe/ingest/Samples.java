package org.recoupe.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Small valid inputs of every format, written for these tests. */
final class Samples {
  private Samples() {}

  static final String ARTICLE =
      "Le conseil municipal a voté mardi soir le budget de la piscine.\n\nLa maire s’est dite « satisfaite ».\n";

  static final String HTML =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Piscine</title></head>"
          + "<body><article><h1>Le budget de la piscine voté</h1><p>Le conseil municipal a voté mardi soir."
          + "</p></article></body></html>";

  static final String JSONL =
      "{\"url\":\"https://example.org/a\",\"title\":\"Budget voté\",\"text\":\"Le conseil a voté le budget.\","
          + "\"published\":\"2024-06-19T16:00:00+02:00\",\"outlet\":\"La Gazette\",\"language\":\"fr-FR\",\"extra\":1}\n"
          + "{\"url\":\"https://example.org/b\",\"html\":\"<p>La piscine ouvrira en juin.</p>\",\"published\":\"2024-06-20\"}\n";

  static final String RSS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>La Gazette</title>"
          + "<language>fr</language>"
          + "<item><title>Budget voté</title><link>https://example.org/a</link>"
          + "<pubDate>Wed, 19 Jun 2024 16:00:00 +0200</pubDate><dc:creator>Jeanne Martin</dc:creator>"
          + "<description>Résumé court.</description>"
          + "<content:encoded><![CDATA[<p>Le conseil municipal a voté le budget.</p>]]></content:encoded></item>"
          + "<item><title>Piscine</title><link>https://example.org/b</link>"
          + "<pubDate>Thu, 20 Jun 2024 09:30:00 GMT</pubDate>"
          + "<description>La piscine ouvrira en juin.</description></item>"
          + "</channel></rss>\n";

  static final String ATOM =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><title>The Courier</title>"
          + "<entry><title>Pool budget passed</title><link rel=\"alternate\" href=\"https://example.com/pool\"/>"
          + "<id>urn:uuid:1</id><published>2024-06-19T14:00:00Z</published><updated>2024-06-21T10:00:00Z</updated>"
          + "<author><name>John Smith</name></author>"
          + "<content type=\"html\">&lt;p&gt;The council passed the pool budget on Tuesday.&lt;/p&gt;</content>"
          + "</entry></feed>\n";

  /** A warcinfo, a request and a response record for {@code url} with a UTF-8 HTML body. */
  static byte[] warc(String url, String html) {
    return warc(url, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  /** A warcinfo, a request and a response record for {@code url} with this body. */
  static byte[] warc(String url, String contentType, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    record(out, 1, "warcinfo", null, "application/warc-fields", "software: recoupe-tests\r\n".getBytes(StandardCharsets.UTF_8));
    record(out, 2, "request", url, "application/http; msgtype=request",
        ("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    record(out, 3, "response", url, "application/http; msgtype=response",
        concat(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
            + "\r\n\r\n").getBytes(StandardCharsets.UTF_8), body));
    return out.toByteArray();
  }

  /** A WARC with only non-HTML records. */
  static byte[] warcWithoutHtml() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    record(out, 1, "response", "https://example.org/data.json", "application/http; msgtype=response",
        concat(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
            + "\r\n\r\n").getBytes(StandardCharsets.UTF_8), body));
    return out.toByteArray();
  }

  private static void record(ByteArrayOutputStream out, int serial, String type, String uri, String contentType, byte[] block) {
    StringBuilder h = new StringBuilder("WARC/1.0\r\n");
    h.append("WARC-Type: ").append(type).append("\r\n");
    h.append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-").append(String.format(Locale.ROOT, "%012d", serial)).append(">\r\n");
    h.append("WARC-Date: 2024-06-19T14:05:00Z\r\n");
    if (uri != null) {
      h.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\n");
    h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] bytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(bytes);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      return Files.write(p, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path dir, String name, String text) {
    return write(dir, name, utf8(text));
  }

  static CollectingSink ingest(Path... paths) {
    return ingest(IngestOptions.DEFAULTS, paths);
  }

  static CollectingSink ingest(IngestOptions options, Path... paths) {
    CollectingSink sink = new CollectingSink();
    new Ingestor(options).ingest(List.of(paths), sink);
    return sink;
  }
}
