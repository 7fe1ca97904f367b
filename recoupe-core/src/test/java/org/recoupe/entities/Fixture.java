package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.document.Token;

/**
 * A hand-made tokenized sentence: tokens joined by spaces, except those written with a leading
 * "+", which are glued to the previous one ("Jong", "+-", "+il" gives "Jong-il").
 */
final class Fixture {
  final String text;
  final Sentence sentence;

  Fixture(String... tokens) {
    StringBuilder b = new StringBuilder();
    List<Token> toks = new ArrayList<>();
    for (String t : tokens) {
      boolean glued = t.startsWith("+") && t.length() > 1;
      String w = glued ? t.substring(1) : t;
      if (b.length() > 0 && !glued) {
        b.append(' ');
      }
      toks.add(new Token(new Span(b.length(), b.length() + w.length()), w));
      b.append(w);
    }
    text = b.toString();
    sentence = new Sentence(new Span(0, text.length()), 0, toks);
  }

  /** The token words, as a tagger receives them. */
  List<String> words() {
    List<String> out = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      out.add(t.span().of(text));
    }
    return out;
  }

  /** Corrects the given tagger output and renders each mention as "TYPE:text". */
  List<String> correct(String language, TaggedRange... ranges) {
    List<String> out = new ArrayList<>();
    for (Mention m : Corrections.standard().correct(text, sentence, 0, language, List.of(ranges))) {
      if (!m.text().equals(m.span().of(text))) {
        throw new AssertionError("mention text differs from its span: " + m);
      }
      out.add(m.type() + ":" + m.text());
    }
    return out;
  }

  static TaggedRange tag(int start, int end, EntityType type) {
    return new TaggedRange(start, end, type);
  }
}
