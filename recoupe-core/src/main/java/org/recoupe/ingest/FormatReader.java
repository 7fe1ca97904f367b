package org.recoupe.ingest;

import java.io.IOException;

/**
 * Reads one file format. A reader hands the sink each document as soon as it is read (never
 * holding a whole file's documents) and a {@link Problem} for each bad record; an {@link
 * IOException} fails the rest of the file.
 */
interface FormatReader {
  /** Reads {@code file} into {@code sink}. */
  void read(InputFile file, IngestSink sink) throws IOException;
}
