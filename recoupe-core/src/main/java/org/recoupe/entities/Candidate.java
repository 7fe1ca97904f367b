package org.recoupe.entities;

import org.recoupe.document.Span;

/**
 * A mention while the correction rules work on it: the tokens it touches and the characters it
 * covers (narrower than the tokens when a rule trims inside a token, as in "l’ONU" → "ONU").
 *
 * @param first index of the first token touched
 * @param end index after the last token touched
 * @param span the covered characters of the text
 * @param type the entity type
 */
record Candidate(int first, int end, Span span, EntityType type) {
  /** The same characters with another type. */
  Candidate withType(EntityType other) {
    return new Candidate(first, end, span, other);
  }
}
