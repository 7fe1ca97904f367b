package org.recoupe.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {

  @Test
  void unigramsBigramsAndLongestCommonSubsequence() {
    // summary: le chat dort ici (4 tokens); reference: le chat dort (3 tokens)
    double[] s = Rouge.score("Le chat dort ici.", List.of("le chat dort"));
    assertEquals(1.0, s[0], 1e-9, "ROUGE-1 recall");
    assertEquals(0.75, s[1], 1e-9, "ROUGE-1 precision");
    assertEquals(1.0, s[3], 1e-9, "ROUGE-2 recall: both reference bigrams found");
    assertEquals(2 / 3.0, s[4], 1e-9, "ROUGE-2 precision: 2 of 3 summary bigrams");
    assertEquals(1.0, s[6], 1e-9, "ROUGE-L recall");
  }

  @Test
  void severalReferencesAreAveraged() {
    double[] s = Rouge.score("a b", List.of("a b", "c d"));
    assertEquals(0.5, s[0], 1e-9);
  }
}
