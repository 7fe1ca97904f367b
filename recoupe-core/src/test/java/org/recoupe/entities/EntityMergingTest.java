package org.recoupe.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityMergingTest {

  private static EntityTable merge(Map<String, LocalEntities> articles) {
    return EntityMerging.merge(articles);
  }

  /** The canonical entity that has {@code variant}. */
  private static CanonicalEntity with(EntityTable t, String variant) {
    return t.entities().stream().filter(e -> e.variants().contains(variant)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity with " + variant + " in " + t));
  }

  @Test
  void transliterationsAbbreviationsAndCountryNamesMergeAcrossLanguages() {
    Map<String, LocalEntities> articles = new LinkedHashMap<>();
    articles.put("fr", new TextFixture(
        "[PER Iouri Ouchakov] et [PER Sergueï Choïgou] sont à [LOC Pyongyang] , capitale de la [LOC Corée du Nord] .",
        "L’[ORG OTAN] et l’[ORG Organisation mondiale de la santé] ont réagi .",
        "L’[ORG OMS] s’inquiète . La [LOC RPDC] dément .").link("fr"));
    articles.put("en", new TextFixture(
        "[PER Yuri Ushakov] and [PER Sergei Shoigu] are in [LOC Pyongyang] , [LOC North Korea] .",
        "[ORG NATO] reacted .").link("en"));
    EntityTable t = merge(articles);
    assertEquals(with(t, "Iouri Ouchakov"), with(t, "Yuri Ushakov"));
    assertEquals(with(t, "Sergueï Choïgou"), with(t, "Sergei Shoigu"));
    assertEquals(with(t, "Corée du Nord"), with(t, "North Korea"));
    assertEquals(with(t, "RPDC"), with(t, "North Korea"));
    assertEquals(with(t, "OTAN"), with(t, "NATO"));
    assertEquals(with(t, "OMS"), with(t, "Organisation mondiale de la santé"));
    assertNotEquals(with(t, "Iouri Ouchakov"), with(t, "Sergei Shoigu"));
    assertEquals(2, with(t, "Pyongyang").mentions().size(), "one entity, mentioned in both articles");
  }

  @Test
  void aOneLetterTypoMergesOnlyWithSharedContext() {
    Map<String, LocalEntities> articles = new LinkedHashMap<>();
    articles.put("a", new TextFixture("[PER Olaf Scholz] a reçu [PER Denis Mantrurov] .").link("fr"));
    articles.put("b", new TextFixture("[PER Olaf Scholz] met [PER Denis Manturov] .").link("en"));
    articles.put("c", new TextFixture("[PER Denis Mantirov] plays chess in [LOC Oslo] .").link("en"));
    EntityTable t = merge(articles);
    assertEquals(with(t, "Denis Mantrurov"), with(t, "Denis Manturov"));
    assertNotEquals(with(t, "Denis Manturov"), with(t, "Denis Mantirov"), "no shared context");
  }

  @Test
  void descriptionsAndSurnamesResolveThroughOtherArticles() {
    Map<String, LocalEntities> articles = new LinkedHashMap<>();
    articles.put("a", new TextFixture(
        "Le président russe , [PER Vladimir Poutine] , a reçu le dirigeant nord-coréen , [PER Kim Jong-un] .")
        .link("fr"));
    articles.put("b", new TextFixture(
        "Le maître du [ORG Kremlin] a serré la main du dirigeant nord-coréen .",
        "[PER Poutine] était content .").link("fr"));
    EntityTable t = merge(articles);
    CanonicalEntity putin = with(t, "Vladimir Poutine");
    assertEquals(putin, with(t, "Le maître du Kremlin"));
    assertEquals(putin, with(t, "Poutine"));
    assertEquals(with(t, "Kim Jong-un"), with(t, "dirigeant nord-coréen"));
    assertEquals("Vladimir Poutine", putin.name());
    assertEquals(EntityType.PER, putin.type());
    assertTrue(putin.roles().contains("Le maître du Kremlin"));
    assertEquals(putin, t.of("b", putin.locals().get("b").get(0)).orElseThrow());
  }
}
