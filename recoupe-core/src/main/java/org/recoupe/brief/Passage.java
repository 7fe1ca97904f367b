package org.recoupe.brief;

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
 */
public record Passage(String articleId, String origin, int index, Span span, String text) {}
