package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.recoupe.quotes.StatementMatcher.Speakers;

class StatementMatcherTest {
  private static final String FR = "Le traité pour un partenariat global signé aujourd’hui prévoit, entre autres, une "
      + "assistance mutuelle en cas d’agression contre une partie du traité";
  private static final String EN = "The comprehensive partnership agreement signed today provides, among other "
      + "things, for mutual assistance in the event of aggression against one of the parties to this agreement";

  private static boolean same(String a, String la, String b, String lb, Speakers speakers) {
    return StatementMatcher.same(QuoteTerms.of(a, la), QuoteTerms.of(b, lb), !la.equals(lb), speakers);
  }

  @Test
  void aFrenchAndAnEnglishWordingAreOneStatement() {
    assertTrue(same(FR, "fr", EN, "en", Speakers.SAME));
    assertTrue(same(FR, "fr", EN, "en", Speakers.UNKNOWN));
  }

  @Test
  void aShorterExcerptInTheOtherLanguageJoins() {
    assertTrue(same(FR, "fr", "mutual assistance in the event of aggression", "en", Speakers.SAME));
  }

  @Test
  void anotherStatementOfTheSameSpeakerOnTheSameTopicDoesNot() {
    assertFalse(same(FR, "fr", "The Russian Federation does not rule out military-technical cooperation with the "
        + "Democratic People's Republic of Korea in accordance with this document", "en", Speakers.SAME));
    assertFalse(same("Nous avons évacué 1 200 habitants de six communes par précaution", "fr",
        "Evacuated residents will not be able to go back to their homes tonight", "en", Speakers.SAME));
  }

  @Test
  void numbersMustAgree() {
    assertTrue(same("Le blocage du port coûte 15 millions d'euros par jour", "fr",
        "The blockade of the port costs 15 million euros a day", "en", Speakers.SAME));
    assertFalse(same("Le blocage du port coûte 15 millions d'euros par jour", "fr",
        "The blockade of the port costs 50 million euros a day", "en", Speakers.SAME));
  }

  @Test
  void differentSpeakersNever() {
    assertFalse(same(FR, "fr", FR, "fr", Speakers.DIFFERENT));
  }

  @Test
  void shortQuotationsNeedEveryWord() {
    assertTrue(same("plein soutien", "fr", "son plein soutien et sa solidarité", "fr", Speakers.SAME));
    assertFalse(same("solidarité", "fr", "full support and solidarity", "en", Speakers.SAME));
    assertTrue(same("plus de 3 500 hectares", "fr",
        "The fire has already burned more than 3,500 hectares and is still not under control", "en", Speakers.SAME));
  }

  @Test
  void otherLanguagesMeetOnNamesNumbersAndCognatesButNoLexicon() {
    assertTrue(same("Die Reform tritt am 1. Oktober 2025 in Kraft, sagte Präsident Macron", "de",
        "The reform takes effect on October 1, 2025, President Macron said", "en", Speakers.SAME));
    assertFalse(same("Die Reform tritt am 1. Oktober 2025 in Kraft, sagte Präsident Macron", "de",
        "The reform takes effect on October 1, 2026, President Macron said", "en", Speakers.SAME));
    assertEquals(0, FrenchEnglish.get().meanings("Vertrag", "de").length);
  }
}
