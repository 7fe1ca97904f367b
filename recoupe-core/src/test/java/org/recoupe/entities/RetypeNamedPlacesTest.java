package org.recoupe.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RetypeNamedPlacesTest {
  @Test
  void aNameAfterAPlaceNounIsThatPlace() {
    Fixture f = new Fixture("Ils", "marchent", "sur", "la", "place", "Kim", "Il", "Sung", ".");
    assertEquals(List.of("LOC:Kim Il Sung"), f.correct("fr", Fixture.tag(5, 8, EntityType.PER)));
    Fixture misc = new Fixture("Il", "atterrit", "à", "l'", "aéroport", "John", "Kennedy", ".");
    assertEquals(List.of("LOC:John Kennedy"), misc.correct("fr", Fixture.tag(5, 7, EntityType.MISC)));
  }

  @Test
  void aNameAfterAnInstitutionNounIsThatInstitution() {
    Fixture f = new Fixture("Il", "enseigne", "au", "lycée", "Victor", "Hugo", ".");
    assertEquals(List.of("ORG:Victor Hugo"), f.correct("fr", Fixture.tag(4, 6, EntityType.PER)));
  }

  @Test
  void thePersonItselfStaysAPerson() {
    Fixture f = new Fixture("Le", "portrait", "de", "Kim", "Il", "Sung", "orne", "la", "place", ".");
    assertEquals(List.of("PER:Kim Il Sung"), f.correct("fr", Fixture.tag(3, 6, EntityType.PER)));
  }
}
