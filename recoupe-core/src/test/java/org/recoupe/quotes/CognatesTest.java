package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CognatesTest {

  @Test
  void frenchAndEnglishCognatesShareAKey() {
    assertEquals(Cognates.key("gouvernement"), Cognates.key("government"));
    assertEquals(Cognates.key("militaire"), Cognates.key("military"));
    assertEquals(Cognates.key("partenariat"), Cognates.key("partnership"));
    assertEquals(Cognates.key("agression"), Cognates.key("aggression"));
    assertEquals(Cognates.key("technique"), Cognates.key("technical"));
  }

  @Test
  void unrelatedWordsAndShortWordsDoNot() {
    assertNotEquals(Cognates.key("militaire"), Cognates.key("militant"));
    assertNull(Cognates.key("traite"));
    assertNull(Cognates.key("mutuelle"));
  }

  @Test
  void editDistanceCatchesTheRest() {
    assertTrue(Cognates.similar(Cognates.shape("guerilleros"), Cognates.shape("guerrillas")));
    assertTrue(Cognates.similar(Cognates.shape("mutuelle"), Cognates.shape("mutual")));
    assertTrue(Cognates.similar(Cognates.shape("diplomatie"), Cognates.shape("diplomacy")));
    assertFalse(Cognates.similar(Cognates.shape("pression"), Cognates.shape("prison")));
    assertFalse(Cognates.similar(Cognates.shape("souverainete"), Cognates.shape("sovereignty")));
    assertNull(Cognates.shape("paix"));
  }
}
