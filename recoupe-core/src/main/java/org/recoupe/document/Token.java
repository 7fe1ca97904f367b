package org.recoupe.document;

/**
 * A word or punctuation mark of the cleaned text ({@link Keys#TEXT}).
 *
 * @param span where it is in the cleaned text
 * @param text the token as written (may differ from {@code span.of(text)} only where the tokenizer
 *     normalises, e.g. quotes; the span is authoritative)
 */
public record Token(Span span, String text) {}
