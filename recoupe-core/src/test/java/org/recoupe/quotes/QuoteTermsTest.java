package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTermsTest {

  private static List<String> words(String text, String language) {
    return QuoteTerms.of(text, language).terms().stream().map(QuoteTerms.Term::word).toList();
  }

  /** Whether some content word of {@code a} aligns with one of {@code b}. */
  private static boolean shareKey(String a, String la, String b, String lb) {
    QuoteTerms x = QuoteTerms.of(a, la);
    QuoteTerms y = QuoteTerms.of(b, lb);
    for (int i = 0; i < x.size(); i++) {
      if (x.aligns(i, y)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void keepsDistinctContentWords() {
    assertEquals(List.of("traite", "signe", "aujourd'hui"), words("Le traité, ce traité signé aujourd’hui", "fr"));
    assertEquals(List.of("treaty", "signed", "today"), words("The treaty was signed today", "en"));
  }

  @Test
  void sureIsNotOn() {
    assertEquals(List.of("sur"), words("J'en suis sûr", "fr"));
    assertEquals(List.of("table"), words("sur la table", "fr"));
  }

  @Test
  void numbersAreReadWhateverTheSeparators() {
    assertEquals("20000", QuoteTerms.numberValue("20 000"));
    assertEquals("20000", QuoteTerms.numberValue("20,000"));
    assertEquals("3.5", QuoteTerms.numberValue("3,5"));
    assertEquals("1200", QuoteTerms.numberValue("1\u00A0200"));
    assertTrue(shareKey("deux soldats", "fr", "two soldiers", "en"));
    assertTrue(shareKey("1 200 habitants", "fr", "1,200 residents", "en"));
  }

  @Test
  void namesCountriesAndAdjectivesMeetAcrossLanguages() {
    assertTrue(shareKey("Poutine", "fr", "Putin", "en"));
    assertTrue(shareKey("la Corée du Nord", "fr", "North Korea", "en"));
    assertTrue(shareKey("la politique russe", "fr", "Russia", "en"));
    assertFalse(shareKey("le Japon", "fr", "North Korea", "en"));
    assertFalse(shareKey("deux", "fr", "three", "en"));
  }
}
