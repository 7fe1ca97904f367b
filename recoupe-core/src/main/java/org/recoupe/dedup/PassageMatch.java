package org.recoupe.dedup;

import org.recoupe.document.Span;

/**
 * A sentence of one article found again (identical or lightly edited) in another article.
 *
 * @param article the article holding {@code passage}
 * @param passage the sentence in {@code article}'s text
 * @param other the other article
 * @param otherPassage the matching sentence in {@code other}'s text
 * @param similarity estimated Jaccard similarity of the two sentences' word shingles
 * @param quoted whether either sentence is mostly a quotation
 */
public record PassageMatch(
    String article, Span passage, String other, Span otherPassage, double similarity, boolean quoted) {

  /** The same match seen from the other article. */
  public PassageMatch reversed() {
    return new PassageMatch(other, otherPassage, article, passage, similarity, quoted);
  }
}
