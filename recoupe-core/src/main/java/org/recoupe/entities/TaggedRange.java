package org.recoupe.entities;

/**
 * A run of tokens a statistical tagger labelled with one entity type.
 *
 * @param start index of the first token
 * @param end index after the last token
 * @param type the label
 */
public record TaggedRange(int start, int end, EntityType type) {
  /** Validates the bounds. */
  public TaggedRange {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token range [" + start + ", " + end + ")");
    }
  }
}
