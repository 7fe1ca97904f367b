package org.recoupe.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ParagraphEditsTest {
  private static final String TEXT = "Le maire a indiqué lundi, devant le conseil, que les travaux commenceraient en mars.";

  @Test
  void verbSwapChangesOnlyTheReportingVerb() {
    String edited = ParagraphEdits.swapVerb(TEXT, new Random(1));
    assertNotEquals(TEXT, edited);
    assertTrue(edited.startsWith("Le maire a ") && edited.endsWith(" lundi, devant le conseil, que les travaux commenceraient en mars."), edited);
  }

  @Test
  void clauseSwapKeepsEveryWord() {
    String edited = ParagraphEdits.swapClauses(TEXT, new Random(2));
    assertNotEquals(TEXT, edited);
    assertEquals(sorted(TEXT), sorted(edited));
  }

  @Test
  void editsAreSeeded() {
    assertEquals(ParagraphEdits.edit(TEXT, 3, new Random(5)), ParagraphEdits.edit(TEXT, 3, new Random(5)));
  }

  private static String sorted(String s) {
    return s.replaceAll("[^\\p{L} ]", "").chars().sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
  }
}
