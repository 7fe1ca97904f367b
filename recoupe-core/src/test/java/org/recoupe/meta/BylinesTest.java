package org.recoupe.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {

  @Test
  void frenchBylineWithDate() {
    Bylines.Byline b = Bylines.read("Par Marie-Claire Dupont,  publié le 19 juin 2024 à 16h00.");
    assertEquals(List.of("Marie-Claire Dupont"), b.authors());
    assertTrue(b.agencies().isEmpty());
  }

  @Test
  void englishBylineWithTwoAuthors() {
    assertEquals(List.of("Jane Doe", "John Roe"), Bylines.read("By Jane Doe and John Roe").authors());
    assertEquals(List.of("Jane Doe"), Bylines.read("BY Jane Doe | June 19, 2024").authors());
  }

  @Test
  void agencyInByline() {
    Bylines.Byline b = Bylines.read("Par Paul Martin (AFP)");
    assertEquals(List.of("Paul Martin"), b.authors());
    assertEquals(List.of("AFP"), b.agencies());
    Bylines.Byline wire = Bylines.read("Par Le Monde avec AFP");
    assertEquals("Le Monde", wire.outlet());
    assertEquals(List.of("AFP"), wire.agencies());
    assertTrue(wire.authors().isEmpty());
  }

  @Test
  void particlesAndRoles() {
    assertEquals(List.of("Anne de La Tour"), Bylines.read("Par Anne de La Tour, envoyée spéciale à Kiev").authors());
  }

  @Test
  void sentencesStartingWithParAreNotBylines() {
    assertNull(Bylines.read("Par ailleurs, le Kremlin a démenti."));
    assertNull(Bylines.read("By the end of the week, talks had stalled."));
  }

  @Test
  void names() {
    assertTrue(Bylines.isName("Jean Dupont"));
    assertTrue(Bylines.isName("Nicolas Gutierrez C."));
    assertFalse(Bylines.isName("Madonna"));
    assertFalse(Bylines.isName("le président russe"));
  }
}
