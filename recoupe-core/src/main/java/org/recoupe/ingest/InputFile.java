package org.recoupe.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.recoupe.document.Document;
import org.recoupe.document.Format;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.SourceRef;

/**
 * One file being read: opens its content (gunzipped and capped), and builds the documents and
 * problems that point back to it, with ids unique within the run.
 */
final class InputFile {
  private static final int BUFFER = 64 * 1024;

  private final Path path;
  private final FileType type;
  private final long maxBytes;
  private final DocumentIds ids;

  InputFile(Path path, FileType type, long maxBytes, DocumentIds ids) {
    this.path = path;
    this.type = type;
    this.maxBytes = maxBytes;
    this.ids = ids;
  }

  /** The path as the user gave it (or below the folder they gave). */
  String name() {
    return path.toString();
  }

  /** The content, decompressed if the file is gzip, failing past the size cap. */
  InputStream open() throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER);
    try {
      if (type.gzip()) {
        in = new GZIPInputStream(in, BUFFER);
      }
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new CappedInputStream(in, maxBytes);
  }

  /** All of the content (at most the cap). */
  byte[] readAll() throws IOException {
    try (InputStream in = open()) {
      return in.readAllBytes();
    }
  }

  /** The first {@code n} bytes of the content, or fewer if it is shorter. */
  byte[] head(int n) throws IOException {
    try (InputStream in = open()) {
      return in.readNBytes(n);
    }
  }

  /** Reads the content to its end (or the cap) and returns its length: checks a gzip file whole. */
  long drain() throws IOException {
    try (InputStream in = open()) {
      return in.transferTo(OutputStream.nullOutputStream());
    }
  }

  /**
   * A document from this file.
   *
   * @param idSuffix appended to the file's base name ({@code ""}, {@code "-l3"}, {@code "-r2"})
   * @param record where in the file, or null for the whole file
   */
  Document document(String idSuffix, String record, Format format, String original, Metadata hints) {
    return Document.create(ids.claim(type.baseName(), idSuffix))
        .with(Keys.SOURCE, new SourceRef(name(), record, format))
        .with(Keys.ORIGINAL, original)
        .with(Keys.HINTS, hints);
  }

  /** A problem with this file; {@code location} is null for the whole file. */
  Problem problem(String location, String reason) {
    return new Problem(name(), location, reason);
  }
}
