package org.recoupe.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class WireAgenciesTest {

  private static List<String> credited(String line) {
    WireAgencies.Credit c = WireAgencies.credit(line, true);
    return c == null ? List.of() : c.agencies();
  }

  @Test
  void outletWithAgency() {
    WireAgencies.Credit c = WireAgencies.credit("Le Figaro avec AFP", false);
    assertEquals("Le Figaro", c.outlet());
    assertEquals(List.of("AFP"), c.agencies());
    WireAgencies.Credit two = WireAgencies.credit("Ouest-France avec AFP et Reuters", false);
    assertEquals("Ouest-France", two.outlet());
    assertEquals(List.of("AFP", "Reuters"), two.agencies());
    assertEquals("Le Point", WireAgencies.credit("Le Point (avec AFP)", false).outlet());
  }

  @Test
  void creditLines() {
    assertEquals(List.of("AFP"), credited("(AFP)"));
    assertEquals(List.of("Reuters"), credited("avec Reuters"));
    assertEquals(List.of("AP"), credited("—AP"));
    assertEquals(List.of("TASS"), credited("Source : TASS"));
    assertEquals(List.of("AFP", "AP"), credited("AFP/AP"));
    assertEquals(List.of("Xinhua"), credited("Avec Xinhua"));
  }

  @Test
  void dispatchDatelinesAndClosings() {
    assertEquals(List.of("AFP"), credited("SÉOUL (AFP) - La Corée du Nord a tiré un missile mardi."));
    assertEquals(List.of("Reuters"), credited("MOSCOW, June 19 (Reuters) - Russia signed a pact on Wednesday."));
    assertEquals(List.of("AP"), credited("The talks will resume on Friday, officials said. —AP"));
    assertEquals(List.of("AFP"), credited("Le bilan reste provisoire, a précisé la police. (AFP)"));
  }

  @Test
  void citationsAreNotCredits() {
    assertNull(WireAgencies.credit("M. Ouchakov a ajouté, selon l'agence TASS, que le président avait reçu des cadeaux.", true));
    assertNull(WireAgencies.credit("a déclaré l'agence de presse nord-coréenne KCNA mardi.", true));
    assertNull(WireAgencies.credit("Selon RIA Novosti, les pourparlers ont duré deux heures.", true));
    assertNull(WireAgencies.credit("Reuters a révélé l'affaire la semaine dernière.", true));
  }

  @Test
  void pictureCreditsAreNotArticleCredits() {
    assertNull(WireAgencies.credit("Photo : AFP", false));
    assertNull(WireAgencies.credit("Le dirigeant à Pyongyang [Pool via Reuters]", false));
  }

  @Test
  void canonicalNames() {
    assertEquals("AFP", WireAgencies.canonical("Agence France-Presse"));
    assertEquals("AP", WireAgencies.canonical("Associated Press"));
    assertEquals("TASS", WireAgencies.canonical("Tass"));
    assertNull(WireAgencies.canonical("Le Monde"));
  }
}
