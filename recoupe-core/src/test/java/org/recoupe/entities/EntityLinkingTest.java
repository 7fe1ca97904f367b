package org.recoupe.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Keys;
import org.recoupe.document.Span;

class EntityLinkingTest {

  /** The entity id of the first mention whose text is {@code text}. */
  private static int entity(LocalEntities e, String text) {
    for (LinkedMention m : e.mentions()) {
      if (m.mention().text().equals(text)) {
        return m.entity();
      }
    }
    throw new AssertionError("no mention '" + text + "' in " + texts(e));
  }

  private static List<String> texts(LocalEntities e) {
    List<String> out = new ArrayList<>();
    e.mentions().forEach(m -> out.add(m.mention().text()));
    return out;
  }

  @Test
  void declaresItsKeys() {
    EntityLinking stage = new EntityLinking();
    assertEquals(Set.of(Keys.TEXT, Keys.SENTENCES, Keys.METADATA, EntityKeys.MENTIONS), stage.requires());
    assertEquals(Set.of(EntityKeys.ENTITIES), stage.provides());
  }

  @Test
  void shortFormsJoinTheFullNameBeforeOrAfterThem() {
    LocalEntities e = new TextFixture(
        "[PER Merkel] arrive à Rome .",
        "La chancelière [PER Angela Merkel] a rencontré [PER Mario Draghi] .",
        "[PER Draghi] a salué [PER M. Merkel] .").link("fr");
    int merkel = entity(e, "Angela Merkel");
    assertEquals(merkel, entity(e, "Merkel"));
    assertEquals(entity(e, "Mario Draghi"), entity(e, "Draghi"));
    assertNotEquals(merkel, entity(e, "Draghi"));
    assertTrue(texts(e).contains("Merkel"), "the title M. is left out of the mention");
    assertEquals("Angela Merkel", e.entities().get(merkel).name());
  }

  @Test
  void aLoneFamilyNameJoinsTheNearestBearer() {
    LocalEntities e = new TextFixture(
        "[PER Kim Jong-un] a reçu son hôte .",
        "[PER Kim] a parlé longtemps .",
        "Un portrait de [PER Kim Il-sung] orne la salle .").link("fr");
    assertEquals(entity(e, "Kim Jong-un"), entity(e, "Kim"));
    assertNotEquals(entity(e, "Kim Jong-un"), entity(e, "Kim Il-sung"));
  }

  @Test
  void appositionTeachesARoleThatLaterResolves() {
    LocalEntities e = new TextFixture(
        "Le premier ministre japonais , [PER Fumio Kishida] , est arrivé à [LOC Paris] .",
        "Il a rencontré le président brésilien [PER Lula] .",
        "Le premier ministre japonais a ensuite parlé .",
        "Le président brésilien est reparti .").link("fr");
    int kishida = entity(e, "Fumio Kishida");
    int lula = entity(e, "Lula");
    assertEquals(kishida, entity(e, "Le premier ministre japonais"));
    assertEquals(lula, entity(e, "le président brésilien"));
    assertEquals(lula, entity(e, "Le président brésilien"));
    assertTrue(e.entities().get(kishida).roles().contains("Le premier ministre japonais"));
  }

  @Test
  void anAmbiguousDescriptionStaysOnItsOwn() {
    LocalEntities e = new TextFixture(
        "Le ministre allemand de la Défense , [PER Boris Pistorius] , et le ministre allemand des Finances ,"
            + " [PER Christian Lindner] , sont venus .",
        "Le ministre allemand a parlé .").link("fr");
    int alone = entity(e, "Le ministre allemand");
    assertNotEquals(entity(e, "Boris Pistorius"), alone);
    assertNotEquals(entity(e, "Christian Lindner"), alone);
    assertFalse(e.entities().get(alone).named());
  }

  @Test
  void englishModifiersBeforeTheTitle() {
    LocalEntities e = new TextFixture(
        "[ORG NATO] Secretary General [PER Mark Rutte] met [PER Keir Starmer] .",
        "The British prime minister , [PER Keir Starmer] , spoke first .",
        "According to [PER Rutte] , the British prime minister agreed .").link("en");
    assertEquals(entity(e, "Mark Rutte"), entity(e, "NATO Secretary General"));
    int starmer = entity(e, "Keir Starmer");
    assertEquals(starmer, entity(e, "The British prime minister"));
    assertEquals(starmer, entity(e, "the British prime minister"),
        "'Rutte, the British prime minister agreed' is no apposition");
  }

  @Test
  void creditsBylinesAndMenusAreNoEntities() {
    LocalEntities e = new TextFixture(
        "Accueil",
        "[MISC Sport]",
        "[MISC Culture]",
        "Par [PER Jeanne Durand] , publié hier .",
        "[PER Olaf Scholz] à [LOC Berlin] . [[PER Tobias Schwarz] / [ORG AFP]]",
        "Photo : [PER Paul Martin] pour le journal .").link("fr", "Jeanne Durand");
    assertEquals(List.of("Olaf Scholz", "Berlin"), texts(e));
  }

  @Test
  void knownBodiesAndCountriesGetTheirType() {
    LocalEntities e = new TextFixture(
        "La foule attend près du [PER Kremlin] .",
        "[MISC Etats-Unis] et [ORG RPDC] s’opposent .").link("fr");
    assertEquals(List.of(EntityType.ORG, EntityType.LOC, EntityType.LOC),
        e.mentions().stream().map(m -> m.mention().type()).toList());
  }

  @Test
  void entityAtFindsTheEntityOfASpeakerSpan() {
    TextFixture f = new TextFixture("« Nous partons » , a déclaré le président russe [PER Vladimir Poutine] .");
    LocalEntities e = new EntityLinking().apply(f.document("d", "fr")).get(EntityKeys.ENTITIES);
    int start = f.text.indexOf("le président");
    int end = f.text.indexOf(" .");
    LocalEntity speaker = e.entityAt(new Span(start, end)).orElseThrow();
    assertEquals("Vladimir Poutine", speaker.name());
    int poutine = f.text.indexOf("Poutine");
    assertEquals(speaker, e.entityAt(new Span(poutine, poutine + 7)).orElseThrow());
    assertTrue(e.entityAt(new Span(0, 3)).isEmpty());
  }
}
