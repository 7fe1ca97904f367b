package org.recoupe.document;

import java.util.List;

/**
 * A sentence of the cleaned text with its tokens; headlines and captions on their own line are
 * sentences of their own.
 *
 * @param span where it is in the cleaned text
 * @param paragraph index of the paragraph ({@link Keys#PARAGRAPHS}) it belongs to
 * @param tokens its tokens, in order
 */
public record Sentence(Span span, int paragraph, List<Token> tokens) {
  /** Defensive copy. */
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
