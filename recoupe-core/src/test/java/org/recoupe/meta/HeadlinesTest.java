package org.recoupe.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

  @Test
  void skipsMenusCountersAndSiteNames() {
    List<String> lines = List.of("Menu", "Le Quotidien", "Navigation :", "• Politique", "• Sport", "4512",
        "Le gouvernement présente son budget pour l'an prochain", "Politique > Économie",
        "Par Jean Dupont, publié le 3 mars 2024");
    assertEquals("Le gouvernement présente son budget pour l'an prochain", Headlines.find(lines, Set.of("Le Quotidien")));
  }

  @Test
  void dropsSectionTail() {
    assertEquals("Le Parlement adopte la réforme des retraites",
        Headlines.find(List.of("Le Parlement adopte la réforme des retraites | Actualités politiques"), Set.of()));
  }

  @Test
  void stopsAtBodyText() {
    String body = "Le gouvernement a présenté mercredi son projet de budget. Les économies annoncées portent sur "
        + "plusieurs ministères, selon le document transmis aux députés, qui doivent l'examiner à l'automne prochain.";
    assertNull(Headlines.find(List.of(body, "Une autre ligne qui pourrait passer pour un titre"), Set.of()));
  }

  @Test
  void captionsAndCreditsAreNotHeadlines() {
    assertNull(Headlines.headline("Illustration. La ville au petit matin."));
    assertNull(Headlines.headline("Le Monde avec AFP"));
    assertNull(Headlines.headline("Publié le 19 juin 2024"));
  }
}
