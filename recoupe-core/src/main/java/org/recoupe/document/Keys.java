package org.recoupe.document;

import java.util.List;

/**
 * The annotation keys of the document layer. Later capabilities declare their own keys in their
 * own packages.
 */
public final class Keys {
  private Keys() {}

  /** Where the document came from. Provided by ingestion. */
  public static final Key<SourceRef> SOURCE = Key.of("source", SourceRef.class);

  /**
   * The decoded source content (HTML markup or plain text), after charset detection, mojibake
   * repair and NFC normalisation: the text every citation points into. Provided by ingestion.
   */
  public static final Key<String> ORIGINAL = Key.of("original", String.class);

  /**
   * Metadata that came with the record (JSON Lines fields, WARC headers, feed items), before any
   * is read from the content. Provided by ingestion.
   */
  public static final Key<Metadata> HINTS = Key.of("hints", Metadata.class);

  /** The article's main text, cleaned of boilerplate, paragraphs separated by a blank line. */
  public static final Key<String> TEXT = Key.of("text", String.class);

  /** Maps {@link #TEXT} offsets to {@link #ORIGINAL} offsets. */
  public static final Key<OffsetMap> ALIGNMENT = Key.of("alignment", OffsetMap.class);

  /** What extraction and cleaning left out, with reasons. */
  public static final Key<List<Removal>> REMOVED = Key.generic("removed", List.class);

  /** The paragraphs of {@link #TEXT}, in order. */
  public static final Key<List<Span>> PARAGRAPHS = Key.generic("paragraphs", List.class);

  /** The article's metadata, merged from hints, markup and text. */
  public static final Key<Metadata> METADATA = Key.of("metadata", Metadata.class);

  /** The sentences of {@link #TEXT} with their tokens. */
  public static final Key<List<Sentence>> SENTENCES = Key.generic("sentences", List.class);
}
