package org.recoupe.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Metadata;

class TextMetadataTest {
  private static final String BODY = "Le conseil municipal a voté mardi soir la fermeture de la piscine. Les travaux "
      + "dureront deux ans, selon l'agence Reuters, qui cite un document interne de la mairie consulté lundi.";

  @Test
  void siteNameConfirmedByCopyrightLine() {
    PageLines page = new PageLines(
        List.of("Menu", "Gazette74", "Navigation :", "La piscine municipale fermera pendant deux ans", BODY),
        List.of("Recevoir la newsletter", "© 2025 - Tous droits réservés sur les contenus du site Gazette74"),
        List.of(), null);
    Metadata m = TextMetadata.read(page);
    assertEquals("Gazette74", m.outlet());
    assertEquals("La piscine municipale fermera pendant deux ans", m.title());
    assertTrue(m.agencies().isEmpty(), "Reuters is cited in the body, not credited");
  }

  @Test
  void creditLineGivesOutletAndAgency() {
    PageLines page = new PageLines(List.of("La piscine municipale fermera pendant deux ans", BODY),
        List.of("Le Courrier avec AFP", "Réutiliser ce contenu"), List.of(), null);
    Metadata m = TextMetadata.read(page);
    assertEquals("Le Courrier", m.outlet());
    assertEquals(List.of("AFP"), m.agencies());
  }

  @Test
  void bylineAndDateLines() {
    PageLines page = new PageLines(
        List.of("La piscine municipale fermera pendant deux ans", "By Jane Doe", "Publié le 3 mai 2024 Mis à jour le 4 mai 2024", BODY),
        List.of(), List.of(), null);
    Metadata m = TextMetadata.read(page);
    assertEquals(List.of("Jane Doe"), m.authors());
    assertEquals("2024-05-03", m.published().iso());
  }

  @Test
  void datesInBodySentencesAreIgnored() {
    String sentence = "Le rapport publié le 3 mai 2024 par la mairie a été contesté par l'opposition, qui demande "
        + "un audit indépendant. Le maire a promis de répondre avant l'été, a-t-il déclaré jeudi.";
    assertNull(TextMetadata.published(List.of(sentence)));
  }

  @Test
  void cleaningMarksAreRead() {
    PageLines page = new PageLines(List.of(BODY), List.of(), List.of("Par Paul Martin", "(AFP)"), "Un titre marqué par le nettoyage");
    Metadata m = TextMetadata.read(page);
    assertEquals(List.of("Paul Martin"), m.authors());
    assertEquals(List.of("AFP"), m.agencies());
    assertEquals("Un titre marqué par le nettoyage", m.title());
  }
}
