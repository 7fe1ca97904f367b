package org.recoupe.dedup;

import java.util.Objects;
import org.recoupe.document.Span;

/**
 * One sentence of an article as seen by near-duplicate detection.
 *
 * @param span where the sentence lies in the article's text
 * @param words how many words it has
 * @param signature the MinHash signature of its word shingles
 * @param quoted whether most of it is a quotation; identical quotes of a public statement do not
 *     show that two articles share copy
 */
public record Passage(Span span, int words, Signature signature, boolean quoted) {
  /** Checks the fields. */
  public Passage {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(signature, "signature");
  }
}
