package org.recoupe.ingest;

import org.recoupe.document.Document;

/** Receives what ingestion reads: documents ready for the pipeline, and problems. */
public interface IngestSink {
  /** A document carrying at least {@code SOURCE}, {@code ORIGINAL} and {@code HINTS}. */
  void accept(Document document);

  /** A file or record that could not be read. */
  void reject(Problem problem);
}
