package org.recoupe.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-article signals: capitalised names, key terms, sparse vectors, origins. */
class SignalsTest {

  @Test
  void capitalisedNamesAreFoldedAndSplit() {
    List<String> keys = CapitalisedNames.find(
        "Le président Vladimir Poutine a reçu Kim Jong-un à Pyongyang. M. Poutine a parlé. It was Putin's guest, Kim Jong Un.");
    assertTrue(keys.containsAll(List.of("vladimir poutine", "vladimir", "poutine", "kim jong un", "kim", "jong", "pyongyang")), keys.toString());
    assertEquals(2, keys.stream().filter("kim jong un"::equals).count(), "both spellings give one key: " + keys);
    assertTrue(keys.contains("putin"), keys.toString());
    assertFalse(keys.contains("le"), "a sentence-initial function word is no name: " + keys);
    assertEquals(2, keys.stream().filter("poutine"::equals).count(), "'M. Poutine' is not a sentence start: " + keys);
  }

  @Test
  void keyTermsUseTheLanguagesAnalyzer() {
    try (KeyTerms terms = new KeyTerms()) {
      Map<Integer, Integer> fr = terms.counts("Les négociations et la négociation", "fr");
      assertEquals(1, fr.size(), "French plural and singular share a stem, stop words are dropped");
      assertEquals(2, fr.values().iterator().next());
      Map<Integer, Integer> en = terms.counts("The talks and the talk", "en");
      assertEquals(Map.of(KeyTerms.termId("talk"), 2), en);
    }
  }

  @Test
  void unitTopKeepsTheHeaviestAndNormalises() {
    SparseVector v = SparseVector.unitTop(new int[] {5, 1, 9, 3}, new double[] {3, 4, 0.5, 4}, 4, 2);
    assertEquals(2, v.size());
    assertEquals(1, v.id(0));
    assertEquals(3, v.id(1));
    assertEquals(1.0, v.norm(), 1e-6);
    assertEquals(0.5, v.dot(SparseVector.of(Map.of(1, 0.5f, 7, 2f))) / Math.sqrt(0.5) / 1.0, 0.5);
    assertEquals(0f, v.get(5));
  }

  @Test
  void originsJoinSharedCopyAndSameAgency() {
    List<List<String>> groups = Origins.groups(
        List.of("a", "b", "c", "d", "e"),
        List.of(List.of(), List.of("AFP"), List.of(), List.of("afp "), List.of("Reuters")),
        List.<int[]>of(new int[] {0, 2}));
    assertEquals(List.of(List.of("a", "c"), List.of("b", "d"), List.of("e")), groups);
  }
}
