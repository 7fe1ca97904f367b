package org.recoupe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairTest {

  /** What {@code text} looks like after its UTF-8 bytes were read as Windows-1252. */
  private static String misread(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return Windows1252.decode(bytes, 0, bytes.length);
  }

  @Test
  void repairsCommonSequences() {
    assertEquals("é", MojibakeRepair.repair("Ã©"));
    assertEquals("’", MojibakeRepair.repair("â€™"));
    assertEquals("« Déjà l’été », a-t-il dit… 20 €", MojibakeRepair.repair("Â« DÃ©jÃ  lâ€™Ã©tÃ© Â», a-t-il ditâ€¦ 20 â‚¬"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Le maire s’est dit « très satisfait » de l’accord signé à Noël.",
    "Œuvre, cœur, naïveté, Ça, À bientôt, ÉTÉ, coût — 12 € “quoted”",
    "Ελληνικά και русский текст",
    "Emoji 😀 and ™ ©",
    "Ğ ş ı ł ž č"
  })
  void repairsMisreadUtf8AndDoubleMisreading(String text) {
    assertEquals(text, MojibakeRepair.repair(misread(text)));
    assertEquals(text, MojibakeRepair.repair(misread(misread(text))));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "L’ÉTÉ… puis « CAFÉ»",
    "ÉTÉ—HIVER, PRÉ‘VU’",
    "Ãngel? No: São Paulo, MÃE, IRMÃ.",
    "Ñandú, Ô°, Ü€ et Â.",
    "déjà vu, naïve façade, œuvre",
    "x ± y, 3 × 4, 1/2 ½, A°",
    "Plain ASCII text."
  })
  void leavesCorrectTextAlone(String text) {
    assertEquals(text, MojibakeRepair.repair(text));
  }

  @Test
  void returnsSameInstanceWhenNothingToRepair() {
    String text = "rien à réparer";
    assertSame(text, MojibakeRepair.repair(text));
  }

  @Test
  void repairsLatin1MisreadingWithC1Controls() {
    String latin1 = new String("l’été".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertEquals("l’été", MojibakeRepair.repair(latin1));
  }

  @Test
  void repairsAgraveWhoseNoBreakSpaceWasLost() {
    assertEquals("Il est allé à Paris, voilà.", MojibakeRepair.repair("Il est allÃ© Ã  Paris, voilÃ ."));
    assertEquals("allé à Paris", MojibakeRepair.repair("allÃ© Ã Paris"));
  }

  @Test
  void repairsClosingQuoteLostByStrictDecoders() {
    byte[] bytes = "“quoted”".getBytes(StandardCharsets.UTF_8);
    assertEquals("“quoted”", MojibakeRepair.repair(new String(bytes, TextDecoder.WINDOWS_1252)));
  }

  @Test
  void keepsMixedCorrectAndBrokenText() {
    assertEquals("été et été", MojibakeRepair.repair("été et Ã©tÃ©"));
  }
}
