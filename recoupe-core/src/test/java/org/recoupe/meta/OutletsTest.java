package org.recoupe.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutletsTest {

  @Test
  void curatedHosts() {
    assertEquals("Le Monde", Outlets.curated("https://www.lemonde.fr/international/article/2024/06/19/x.html"));
    assertEquals("The Guardian", Outlets.curated("https://amp.theguardian.com/world/2024/jun/19/x"));
    assertEquals("CNN", Outlets.curated("https://edition.cnn.com/2024/06/19/asia/x"));
    assertNull(Outlets.curated("https://www.example-news.fr/a"));
  }

  @Test
  void nameFromAnyHost() {
    assertEquals("24matins", Outlets.fromHost("https://www.24matins.fr/x"));
    assertEquals("Example", Outlets.fromHost("http://news.example.co.uk/a/b"));
    assertNull(Outlets.fromHost(null));
    assertNull(Outlets.fromHost("not a url at all"));
  }

  @Test
  void knownNames() {
    assertTrue(Outlets.isKnownName("Le Monde"));
    assertTrue(Outlets.isKnownName("liberation"));
    assertFalse(Outlets.isKnownName("Jean Dupont"));
  }
}
