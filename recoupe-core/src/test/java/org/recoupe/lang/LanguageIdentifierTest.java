package org.recoupe.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

  @Test
  void detectsFrenchAndEnglish() {
    LanguageIdentifier id = LanguageIdentifier.defaults();
    assertEquals(Optional.of("fr"), id.detect("Le conseil municipal a voté mardi soir la fermeture de la piscine pour deux ans."));
    assertEquals(Optional.of("en"), id.detect("The city council voted on Tuesday night to close the swimming pool for two years."));
    assertEquals(Optional.of("de"), id.detect("Der Stadtrat hat am Dienstagabend beschlossen, das Schwimmbad zu schließen."));
  }

  @Test
  void tooShortToTell() {
    assertTrue(LanguageIdentifier.defaults().detect("Oui.").isEmpty());
    assertTrue(LanguageIdentifier.defaults().detect(null).isEmpty());
  }

  @Test
  void configurableLanguages() {
    LanguageIdentifier id = new LanguageIdentifier(Set.of("fr", "en"));
    assertEquals(2, id.languages().size());
    assertEquals(Optional.of("en"), id.detect("The minister said the talks would resume next week in Geneva."));
    assertThrows(IllegalArgumentException.class, () -> new LanguageIdentifier(Set.of("fr")));
    assertThrows(IllegalArgumentException.class, () -> new LanguageIdentifier(Set.of("fr", "xx")));
  }

  @Test
  void sharedDefault() {
    assertSame(LanguageIdentifier.defaults(), LanguageIdentifier.defaults());
  }

  @Test
  void tags() {
    assertEquals("fr", LanguageIdentifier.normalizeTag("fr-FR"));
    assertEquals("en", LanguageIdentifier.normalizeTag("EN_us"));
    assertNull(LanguageIdentifier.normalizeTag("français"));
    assertNull(LanguageIdentifier.normalizeTag(null));
  }
}
