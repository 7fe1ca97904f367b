package org.recoupe.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Published;

class TextDatesTest {

  private static String iso(String line) {
    Published p = TextDates.best(line);
    return p == null ? null : p.iso();
  }

  @Test
  void frenchBylineDateWithTime() {
    assertEquals("2024-06-19T16:00", iso("Par Marie Durand,  publié le 19 juin 2024 à 16h00."));
    assertEquals("2023-03-01T09:30", iso("Publié le 1er mars 2023 à 9 h 30"));
  }

  @Test
  void accentsAndCaseDoNotMatter() {
    assertEquals("2022-02-03", iso("PUBLIE LE 3 FEVRIER 2022"));
    assertEquals("2022-08-15", iso("publié le 15 août 2022"));
    assertEquals("2021-12-24", iso("Mis en ligne le 24 Décembre 2021"));
  }

  @Test
  void numericAndIsoForms() {
    assertEquals("2024-06-19T16:00", iso("19/06/2024 16:00"));
    assertEquals("2024-06-19", iso("19.06.2024"));
    assertEquals("2024-06-19T08:05", iso("2024-06-19 08:05"));
  }

  @Test
  void englishForms() {
    assertEquals("2024-06-19", iso("June 19, 2024"));
    assertEquals("2024-06-19", iso("Published 19 June 2024"));
    assertEquals("2024-06-19T16:00", iso("Updated June 19, 2024 at 4:00 p.m."));
    assertEquals("2024-06-19T04:15Z", iso("Jun 19, 2024 4:15 AM UTC"));
  }

  @Test
  void noZoneIsAssumed() {
    Published p = TextDates.best("publié le 19 juin 2024 à 16h00");
    assertNull(p.offset());
    assertEquals(ZoneOffset.ofHours(2), TextDates.best("2024-06-19 16:00 +02:00").offset());
  }

  @Test
  void firstPublicationBeatsUpdate() {
    assertEquals("2024-06-20T10:00", iso("Mis à jour le 21 juin 2024 à 8h00, publié le 20 juin 2024 à 10h00"));
    assertEquals("2024-06-20", iso("Publié le 20 juin 2024 Mis à jour le 21 juin 2024"));
    assertEquals("2024-06-21", iso("Mis à jour le 21 juin 2024"), "an update date serves when it is the only one");
  }

  @Test
  void neverABareNumber() {
    assertTrue(TextDates.find("2823").isEmpty());
    assertTrue(TextDates.find("Il y a 2024 raisons et 19 juin").isEmpty());
    assertTrue(TextDates.find("le 31 février 2024").isEmpty(), "impossible dates are dropped");
  }

  @Test
  void dateLines() {
    assertTrue(TextDates.isDateLine("Mercredi 19 juin 2024, 16h00"));
    assertTrue(TextDates.isDateLine("June 19, 2024"));
    assertFalse(TextDates.isDateLine("Le sommet s'est tenu à Pyongyang le 19 juin 2024."));
    assertTrue(TextDates.hasCue("Publié le 19 juin"));
    assertFalse(TextDates.hasCue("Le sommet de juin"));
  }
}
