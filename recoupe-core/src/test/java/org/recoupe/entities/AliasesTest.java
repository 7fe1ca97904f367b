package org.recoupe.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AliasesTest {
  @Test
  void countryNamesAcrossLanguagesAndAbbreviations() {
    assertEquals("country:KP", Aliases.key("Corée du Nord"));
    assertEquals("country:KP", Aliases.key("North Korea"));
    assertEquals("country:KP", Aliases.key("RPDC"));
    assertEquals("country:KP", Aliases.key("DPRK"));
    assertEquals("country:KP", Aliases.key("République populaire démocratique de Corée"));
    assertEquals("country:DE", Aliases.key("Allemagne"));
    assertEquals("country:DE", Aliases.key("Germany"));
  }

  @Test
  void bodiesAndSeatsOfPower() {
    assertEquals("org:nato", Aliases.key("OTAN"));
    assertEquals(Aliases.key("NATO"), Aliases.key("OTAN"));
    assertEquals(Aliases.key("Nations unies"), Aliases.key("UN"));
    assertEquals("RU", Aliases.country(Aliases.key("Kremlin")));
    assertNull(Aliases.key("un"), "a lower-case word is no abbreviation");
    assertNull(Aliases.key("Pyongyang"));
  }

  @Test
  void demonymsGiveTheirCountry() {
    assertEquals("RU", Demonyms.country("russe"));
    assertEquals("RU", Demonyms.country("Russian"));
    assertEquals("KP", Demonyms.country("nord-coréen"));
    assertEquals("KP", Demonyms.country("North Korean"));
    assertEquals("KR", Demonyms.country("sud-coréenne"));
    assertEquals("UA", Demonyms.country("ukrainiennes"));
    assertEquals("US", Demonyms.country("américain"));
    assertNull(Demonyms.country("diplomatique"));
  }

  @Test
  void acronymsMatchTheInitialsOfTheirExpansion() {
    assertEquals(true, Acronyms.expands("Organisation mondiale de la santé", "OMS"));
    assertEquals(true, Acronyms.expands("Agence internationale de l'énergie atomique", "AIEA"));
    assertEquals(false, Acronyms.expands("Organisation mondiale de la santé", "OTAN"));
    assertEquals(false, Acronyms.expands("Paris", "P"));
  }
}
