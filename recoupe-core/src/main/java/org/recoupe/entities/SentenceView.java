package org.recoupe.entities;

import java.util.List;
import java.util.Locale;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.document.Token;

/** One sentence as the correction rules see it: its tokens over the text, and the language. */
final class SentenceView {
  private final String text;
  private final List<Token> tokens;
  private final String language;

  SentenceView(String text, Sentence sentence, String language) {
    this.text = text;
    this.tokens = sentence.tokens();
    this.language = language;
  }

  String text() {
    return text;
  }

  String language() {
    return language;
  }

  int size() {
    return tokens.size();
  }

  /** The token as it is in the text (spans are authoritative). */
  String word(int i) {
    return tokens.get(i).span().of(text);
  }

  /** The token in lower case, for lexicon look-ups. */
  String lower(int i) {
    return word(i).toLowerCase(Locale.ROOT);
  }

  Span tokenSpan(int i) {
    return tokens.get(i).span();
  }

  /** Whether token {@code i} follows token {@code i - 1} with no space between them. */
  boolean glued(int i) {
    return i > 0 && i < tokens.size() && tokens.get(i - 1).span().end() == tokens.get(i).span().start();
  }

  /** Whether token {@code i} starts with an upper-case letter. */
  boolean capitalised(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  /** A candidate covering whole tokens {@code [first, end)}. */
  Candidate candidate(int first, int end, EntityType type) {
    return new Candidate(first, end, new Span(tokenSpan(first).start(), tokenSpan(end - 1).end()), type);
  }

  /** The characters a candidate covers. */
  String textOf(Candidate c) {
    return c.span().of(text);
  }
}
