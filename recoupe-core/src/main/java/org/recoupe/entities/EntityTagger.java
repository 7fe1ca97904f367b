package org.recoupe.entities;

import java.util.List;

/**
 * A statistical named-entity tagger for one sentence at a time (CoreNLP's CRF in production, see
 * {@code org.recoupe.corenlp.CoreNlpNer}). Implementations must be thread-safe.
 */
public interface EntityTagger {
  /** Whether the tagger has a model for this ISO 639-1 language code. */
  boolean supports(String language);

  /**
   * Labels the words of one sentence; returns the labelled runs in order, not overlapping.
   *
   * @param words the sentence's tokens as written
   * @param language an ISO 639-1 code the tagger {@link #supports}
   */
  List<TaggedRange> tag(List<String> words, String language);
}
