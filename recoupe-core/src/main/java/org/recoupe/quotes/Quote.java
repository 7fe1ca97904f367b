package org.recoupe.quotes;

import org.recoupe.document.Span;

/**
 * A quotation found in an article's cleaned text, with who said it.
 *
 * @param span the quotation with its marks, in {@code Keys.TEXT} offsets
 * @param content the quoted words without the marks
 * @param text the quoted words
 * @param speech whether it is reported speech (attributed, or long enough to be speech) rather than
 *     a term in scare quotes
 * @param speaker who said it, or {@code null} when the article does not say
 * @param verb the reporting verb or phrase ("a déclaré", "said", "selon"), or {@code null}
 * @param via who relayed it ("selon Tass", "cité par les agences russes"), or {@code null}
 */
public record Quote(Span span, Span content, String text, boolean speech, Speaker speaker, String verb, Speaker via) {}
