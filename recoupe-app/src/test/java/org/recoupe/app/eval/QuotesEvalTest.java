package org.recoupe.app.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotesEvalTest {
  @Test
  void aNameInsideALongerMentionDesignatesTheSameOne() {
    assertTrue(QuotesEval.standsFor("le ministre de la sante roman prymula", "roman prymula"));
    assertTrue(QuotesEval.standsFor("m. poutine a declare", "m. poutine"));
  }

  @Test
  void theComplementOfAPrepositionIsSomeoneElse() {
    assertFalse(QuotesEval.standsFor("un proche d'edouard philippe", "edouard philippe"));
    assertFalse(QuotesEval.standsFor("l'entourage de la ministre", "la ministre"));
    assertFalse(QuotesEval.standsFor("scooter braun's company", "scooter braun"));
  }

  @Test
  void aDocumentOfSomeoneGivesTheirWords() {
    assertTrue(QuotesEval.standsFor("un communique de l'elysee", "l'elysee"));
    assertTrue(QuotesEval.standsFor("a statement of the ministry", "the ministry"));
  }

  @Test
  void onlyWholeWordsCount() {
    assertFalse(QuotesEval.standsFor("the kimberley process", "kim"));
  }
}
