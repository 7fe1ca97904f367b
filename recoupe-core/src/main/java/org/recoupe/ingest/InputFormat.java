package org.recoupe.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The file formats ingestion reads, by extension. */
enum InputFormat {
  /** Plain text, one article per file. */
  TEXT(".txt"),
  /** An HTML page, one article per file. */
  HTML(".html", ".htm"),
  /** JSON Lines, one article per line. */
  JSONL(".jsonl"),
  /** A web archive; each HTML response is an article. */
  WARC(".warc"),
  /** An RSS or Atom feed; each item or entry is an article. */
  FEED(".rss", ".atom"),
  /** XML: a feed or an XHTML page, told apart by its root element. */
  XML(".xml");

  private final List<String> extensions;

  InputFormat(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /** The format of a lower-case extension such as {@code ".htm"}, or null. */
  static InputFormat byExtension(String extension) {
    for (InputFormat f : values()) {
      if (f.extensions.contains(extension)) {
        return f;
      }
    }
    return null;
  }

  /** Every supported extension, for messages: {@code .txt, .html, ...}. */
  static String supported() {
    return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).collect(Collectors.joining(", "))
        + " (each also as .gz)";
  }
}
