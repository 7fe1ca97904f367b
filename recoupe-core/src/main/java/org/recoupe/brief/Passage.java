package org.recoupe.brief;

import org.recoupe.claims.Claim;
import org.recoupe.document.Span;

/**
 * A sentence of one article, as the cross-article logic sees it.
 *
 * @param articleId the article
 * @param origin the article's origin group (articles sharing copy or an agency share one), used to
 *     count independent support; the article id when unknown
 * @param index the sentence's position in the article (0 = first)
 * @param span where it is in the article's cleaned text
 * @param text the sentence
 * @param claim the sentence's structured claim, its entities resolved across the story; {@code
 *     null} when the sentence states none (a quotation, a heading, no verb found)
 */
public record Passage(String articleId, String origin, int index, Span span, String text, Claim claim) {

  /** A passage without a structured claim. */
  public Passage(String articleId, String origin, int index, Span span, String text) {
    this(articleId, origin, index, span, text, null);
  }
}
