package org.recoupe.document;

/**
 * Where a document came from: the file, and inside it the record (a JSON Lines line, a WARC record
 * id, an RSS item) when the file holds several articles.
 *
 * @param file the path as given by the user (or below the folder they gave)
 * @param record the record within the file, such as {@code "line 12"}, or {@code null}
 * @param format how the content is to be read
 */
public record SourceRef(String file, String record, Format format) {
  /** Human-readable location for messages: {@code file} or {@code file (line 12)}. */
  public String describe() {
    return record == null ? file : file + " (" + record + ")";
  }
}
