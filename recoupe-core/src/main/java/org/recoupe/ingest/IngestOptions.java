package org.recoupe.ingest;

/**
 * Limits for ingestion.
 *
 * @param maxFileBytes files larger than this (after decompression) are rejected
 */
public record IngestOptions(long maxFileBytes) {
  /** 50 MiB per file. */
  public static final IngestOptions DEFAULTS = new IngestOptions(50L * 1024 * 1024);

  /** Validates the limit. */
  public IngestOptions {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive");
    }
  }
}
