package org.recoupe.entities;

import java.util.Objects;
import org.recoupe.document.Span;

/**
 * A named-entity mention in the cleaned text ({@link org.recoupe.document.Keys#TEXT}).
 *
 * @param span where it is in the cleaned text
 * @param sentence index of the sentence ({@link org.recoupe.document.Keys#SENTENCES}) it is in
 * @param type person, organisation, place or other
 * @param text the covered characters, as written
 */
public record Mention(Span span, int sentence, EntityType type, String text) {
  /** Validates the fields. */
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (sentence < 0) {
      throw new IllegalArgumentException("negative sentence index " + sentence);
    }
  }
}
