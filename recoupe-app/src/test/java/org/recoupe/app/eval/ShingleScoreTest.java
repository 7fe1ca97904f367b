package org.recoupe.app.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {

  @Test
  void identicalTextsScorePerfectly() {
    ShingleScore s = new ShingleScore();
    s.add("one two three four five", "one two three four five");
    assertEquals(1.0, s.f1(), 1e-9);
  }

  @Test
  void extraAndMissingShinglesAreCountedAndNormalised() {
    // gold shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d x] -> tp 1, fp 1, fn 1
    assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, ShingleScore.match("a b c d e", "a b c d x"), 1e-9);
  }

  @Test
  void precisionAndRecallAreAveragedOverDocuments() {
    ShingleScore s = new ShingleScore();
    s.add("a b c d e", "a b c d e");
    s.add("a b c d e", "");
    assertEquals(1.0, s.precision(), 1e-9, "the empty prediction is left out of precision");
    assertEquals(0.5, s.recall(), 1e-9);
    assertEquals(2 * 0.5 / 1.5, s.f1(), 1e-9);
  }

  @Test
  void shortTextsAreOneShingle() {
    assertArrayEquals(new double[] {1, 0, 0}, ShingleScore.match("Bonjour, l’ami", "Bonjour l’ami!"), 1e-9);
  }
}
