package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FrenchEnglishTest {
  private static final FrenchEnglish LEXICON = FrenchEnglish.get();

  private static boolean share(String french, String english) {
    int[] fr = LEXICON.meanings(french, "fr");
    int[] en = LEXICON.meanings(english, "en");
    return Arrays.stream(fr).anyMatch(m -> Arrays.stream(en).anyMatch(n -> n == m));
  }

  @Test
  void listsFrequentNewsWordsInBothLanguages() {
    assertTrue(LEXICON.size() > 1500, "meanings: " + LEXICON.size());
    assertTrue(share("traité", "treaty"));
    assertTrue(share("accord", "treaty"));
    assertTrue(share("aujourd'hui", "today"));
    assertTrue(share("pompiers", "firefighters"));
  }

  @Test
  void inflectedAndIrregularFormsMeetTheListedForm() {
    assertTrue(share("signées", "signed"));
    assertTrue(share("prévoit", "provides"));
    assertTrue(share("retirée", "withdrawn"));
    assertTrue(share("deviendra", "became"));
    assertTrue(share("négocierons", "negotiating"));
  }

  @Test
  void aListedFormWinsOverAStemItShares() {
    assertTrue(share("retraites", "pensions"));
    assertFalse(share("retraites", "withdrawal"));
  }

  @Test
  void unlistedWordsHaveNoMeaning() {
    assertEquals(0, LEXICON.meanings("xyzzy", "fr").length);
    assertEquals(0, LEXICON.meanings("xyzzy", null).length);
  }
}
