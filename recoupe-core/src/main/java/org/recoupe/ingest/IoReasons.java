package org.recoupe.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/** Words a user can act on for the I/O errors ingestion meets. */
final class IoReasons {
  private IoReasons() {}

  /** The reason to report for {@code e}, met while reading a file that is gzip or not. */
  static String of(IOException e, boolean gzip) {
    if (e instanceof AccessDeniedException) {
      return "permission denied (cannot read the file)";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file (removed while reading?)";
    }
    if (e instanceof CappedInputStream.TooLargeException) {
      return e.getMessage();
    }
    if (gzip && e instanceof EOFException) {
      return "truncated gzip (the compressed data ends too early)";
    }
    if (gzip && e instanceof ZipException) {
      return "corrupt gzip: " + message(e);
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return "cannot read: " + fs.getReason();
    }
    return "cannot read: " + message(e);
  }

  /** The exception's message, or its class name when it has none. */
  static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
