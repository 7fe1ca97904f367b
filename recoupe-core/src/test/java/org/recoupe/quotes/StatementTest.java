package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Span;

class StatementTest {
  private static Statement.Wording wording(String article, String text, String language) {
    Span span = new Span(0, text.length());
    return new Statement.Wording(article, new Quote(span, span, text, true, null, null, null), language);
  }

  @Test
  void identicalWordsAreOneVariantWithEveryArticleUsingThem() {
    Statement s = new Statement("Vladimir Putin", List.of(
        wording("a", "Le traité prévoit une assistance mutuelle", "fr"),
        wording("b", "The treaty provides for mutual assistance", "en"),
        wording("c", "le traité  prévoit une assistance mutuelle", "fr")));
    List<Statement.Variant> variants = s.variants();
    assertEquals(2, variants.size());
    assertEquals(List.of("a", "c"), variants.get(0).articleIds());
    assertEquals("Le traité prévoit une assistance mutuelle", variants.get(0).text());
    assertEquals("en", variants.get(1).language());
    assertTrue(s.multilingual());
  }

  @Test
  void oneLanguageOrUnknownIsNotMultilingual() {
    assertFalse(new Statement(null, List.of(wording("a", "x y z", "fr"), wording("b", "x y", null))).multilingual());
  }
}
