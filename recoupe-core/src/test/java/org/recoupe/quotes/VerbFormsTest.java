package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerbFormsTest {

  @Test
  void irregularFormsGiveTheirBase() {
    assertEquals("withdraw", VerbForms.base("withdrew", "en"));
    assertEquals("withdraw", VerbForms.base("withdrawn", "en"));
    assertEquals("devenir", VerbForms.base("deviendra", "fr"));
    assertEquals("table", VerbForms.base("table", "fr"));
  }

  @Test
  void regularFrenchConjugationsGiveTheirRoot() {
    assertEquals("travaill", VerbForms.frenchRoot("travailler"));
    assertNull(VerbForms.frenchRoot("paix"));
    assertTrue(VerbForms.frenchRoots("travaillaient").contains("travaill"));
    assertTrue(VerbForms.frenchRoots("negocierons").contains("negoci"));
  }
}
