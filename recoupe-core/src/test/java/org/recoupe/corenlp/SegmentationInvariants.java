package org.recoupe.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.document.Token;

/** Checks that a segmented document's sentences and tokens index its text exactly. */
final class SegmentationInvariants {
  private SegmentationInvariants() {}

  /**
   * Sentences lie in their paragraph and follow each other; tokens lie in their sentence, follow
   * each other without overlap, and cover every character of each paragraph but spaces and
   * invisible format or control characters (which CoreNLP drops); a token's
   * text is its span's characters, or those characters followed by the period CoreNLP copies onto
   * a sentence-final abbreviation, or those characters without invisible format characters (soft
   * hyphens), or (for punctuation and symbols only) CoreNLP's normalised form
   * ("..." for "…", "--" for a dash, "&" for "&amp;amp;").
   */
  static void check(Document document) {
    String text = document.get(Keys.TEXT);
    List<Span> paragraphs = document.get(Keys.PARAGRAPHS);
    int previousEnd = 0;
    int previousParagraph = 0;
    for (Sentence sentence : document.get(Keys.SENTENCES)) {
      Span paragraph = paragraphs.get(sentence.paragraph());
      assertTrue(sentence.paragraph() >= previousParagraph, "paragraph order at " + sentence.span());
      assertTrue(paragraph.contains(sentence.span()), sentence + " outside " + paragraph);
      assertTrue(sentence.span().start() >= previousEnd, "sentences overlap at " + sentence.span());
      assertTrue(!sentence.tokens().isEmpty(), "empty sentence at " + sentence.span());
      assertEquals(sentence.span().start(), sentence.tokens().get(0).span().start());
      assertEquals(sentence.span().end(), sentence.tokens().get(sentence.tokens().size() - 1).span().end());
      int cursor = sentence.paragraph() == previousParagraph && previousEnd > paragraph.start()
          ? previousEnd : paragraph.start();
      for (Token token : sentence.tokens()) {
        Span span = token.span();
        assertTrue(span.length() > 0 && span.start() >= cursor, "token " + token + " out of order");
        assertBlank(text, cursor, span.start());
        String written = span.of(text);
        String visible = written.replaceAll("\\p{Cf}", "");
        assertTrue(token.text().equals(written) || token.text().equals(visible)
            || token.text().equals(written + ".")
            || written.codePoints().noneMatch(Character::isLetterOrDigit)
            || token.text().codePoints().noneMatch(Character::isLetterOrDigit),
            "token " + token + " is not '" + written + "'");
        cursor = span.end();
      }
      previousEnd = sentence.span().end();
      previousParagraph = sentence.paragraph();
    }
    for (int p = 0; p < paragraphs.size(); p++) {
      int paragraphIndex = p;
      List<Sentence> inside = document.get(Keys.SENTENCES).stream()
          .filter(s -> s.paragraph() == paragraphIndex).toList();
      Span paragraph = paragraphs.get(p);
      int from = inside.isEmpty() ? paragraph.end() : inside.get(0).span().start();
      int to = inside.isEmpty() ? paragraph.end() : inside.get(inside.size() - 1).span().end();
      assertBlank(text, paragraph.start(), from);
      assertBlank(text, to, paragraph.end());
    }
  }

  private static void assertBlank(String text, int from, int to) {
    String gap = text.substring(from, to);
    assertTrue(gap.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL),
        "untokenized characters '" + gap + "' at " + from);
  }
}
