package org.recoupe.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchTimeTest {
  /** Wednesday 19 June 2024. */
  static final Anchor ANCHOR = new Anchor(LocalDate.of(2024, 6, 19), Anchor.Source.PUBLISHED);

  static List<TimeExpression> tag(String text) {
    return TimeTagger.forLanguage("fr").tag(text, ANCHOR);
  }

  static TimeExpression only(String text) {
    List<TimeExpression> all = tag(text);
    assertEquals(1, all.size(), () -> "expected one expression in «" + text + "», got " + all);
    return all.get(0);
  }

  static void assertValue(String text, String covered, String value) {
    TimeExpression t = only(text);
    assertEquals(covered, t.text(), text);
    assertEquals(value, t.value(), text);
  }

  @Test
  void fullAndPartialDates() {
    assertValue("Le sommet s'est tenu mercredi 19 juin à Pyongyang.", "mercredi 19 juin", "2024-06-19");
    assertValue("Un incident s'est produit le 9 juin.", "le 9 juin", "2024-06-09");
    assertValue("Ils se sont vus le 1er mai 1962 à Paris.", "le 1er mai 1962", "1962-05-01");
    assertValue("La loi a été votée en mars.", "mars", "2024-03");
    assertValue("La rencontre a eu lieu en septembre 2023.", "septembre 2023", "2023-09");
    assertValue("Le chantier reprendra début octobre.", "début octobre", "2024-10");
    assertEquals("START", only("Le chantier reprendra début octobre.").mod());
    assertValue("Le texte du 2024-06-19 est paru.", "2024-06-19", "2024-06-19");
  }

  @Test
  void yearRanges() {
    List<TimeExpression> all = tag("Il remplace les traités de 1961 et de 2000-2001, selon la presse.");
    assertEquals(List.of("1961", "2000", "2001"), all.stream().map(TimeExpression::value).toList());
  }

  @Test
  void weekdaysFollowTheTense() {
    assertValue("La réunion a eu lieu jeudi.", "jeudi", "2024-06-13");
    assertValue("La réunion aura lieu jeudi.", "jeudi", "2024-06-20");
    assertValue("Il l'avait annoncé mardi dernier.", "mardi dernier", "2024-06-18");
    assertValue("Ils se reverront jeudi prochain.", "jeudi prochain", "2024-06-20");
    assertValue("Le Kremlin avait indiqué lundi que l'accord était prêt.", "lundi", "2024-06-17");
    assertValue("Il avait déclaré plus tôt mercredi que tout allait bien.", "mercredi", "2024-06-19");
  }

  @Test
  void relativeExpressions() {
    assertValue("L'année dernière, Kim a visité Moscou.", "L'année dernière", "2023");
    assertValue("L’an dernier, il pleuvait.", "L’an dernier", "2023");
    assertValue("Les prix ont baissé le mois dernier.", "le mois dernier", "2024-05");
    assertValue("Il partira la semaine prochaine.", "la semaine prochaine", "2024-W26");
    assertValue("Il est arrivé il y a deux semaines.", "il y a deux semaines", "2024-06-05");
    assertValue("Le vote aura lieu dans trois jours.", "dans trois jours", "2024-06-22");
    assertValue("En septembre dernier, Kim s'était rendu en Russie.", "septembre dernier", "2023-09");
    assertValue("Il est parti hier soir.", "hier soir", "2024-06-18TEV");
    assertValue("Il parlera demain.", "demain", "2024-06-20");
  }

  @Test
  void partsOfDaysAndNights() {
    assertValue("Il est arrivé dans la nuit de mardi à mercredi.", "la nuit de mardi à mercredi", "2024-06-18TNI");
    List<TimeExpression> all = tag("Poutine a atterri mercredi avant l'aube à Pyongyang.");
    assertEquals(2, all.size());
    assertEquals("avant l'aube", all.get(1).text());
    assertEquals("2024-06-19TMO", all.get(1).value());
    assertEquals("BEFORE", all.get(1).mod());
  }

  @Test
  void clockTimes() {
    assertValue("L'article a été publié à 16h00.", "16h00", "2024-06-19T16:00");
    assertValue("Le train est parti à 14 h 30.", "14 h 30", "2024-06-19T14:30");
    List<TimeExpression> all = tag("Rendez-vous samedi 22 juin, à 20 h, à la mairie.");
    assertEquals("2024-06-22T20:00", all.get(1).value());
  }

  @Test
  void durationsAndAges() {
    TimeExpression t = only("Les pourparlers ont duré environ deux heures.");
    assertEquals("environ deux heures", t.text());
    assertEquals(TimexType.DURATION, t.type());
    assertEquals("PT2H", t.value());
    assertEquals("APPROX", t.mod());
    assertValue("C'est sa première visite depuis 24 ans.", "24 ans", "P24Y");
    assertValue("Les travaux dureront dix-huit mois.", "dix-huit mois", "P18M");
    assertValue("Il a couru pendant 30,4 secondes.", "30,4 secondes", "PT30.4S");
    assertEquals(List.of(), tag("Jean Dupont, 87 ans, a été renversé."));
    assertEquals(List.of(), tag("Un chauffeur de bus de 38 ans a été agressé."));
  }

  @Test
  void centuriesAndDecades() {
    assertValue("C'était à la fin du XIXe siècle.", "la fin du XIXe siècle", "18XX");
    assertValue("La mode des années 60 revient.", "années 60", "196");
    assertValue("Les années 2000 furent riches.", "Les années 2000", "200");
  }

  @Test
  void setsAndReferences() {
    assertValue("Il court chaque matin.", "chaque matin", "P1D");
    assertValue("Le marché a lieu tous les jeudis.", "tous les jeudis", "XXXX-WXX-4");
    assertValue("Il est actuellement à Paris.", "actuellement", "PRESENT_REF");
  }

  @Test
  void bareNumbersAreNotDates() {
    assertEquals(List.of(), tag("Moscou a reçu 11 000 conteneurs."));
    assertEquals(List.of(), tag("Il a publié 20 articles et 2000 photos."));
    assertEquals(List.of(), tag("Titre\n\n2823\n\nTexte de l'article."));
    assertEquals(List.of(), tag("La résolution 1405 a été votée."));
  }

  @Test
  void capitalsAndApostrophesDoNotMatter() {
    assertEquals("2023", only("L’ANNÉE DERNIÈRE, rien.").value());
    assertEquals("2024-06-17", only("LUNDI, il a parlé.").value());
  }

  @Test
  void weekdayThatDoesNotMatchItsDateIsFlagged() {
    TimeExpression t = only("Ils ont signé, mercredi 18 juin, un accord.");
    assertEquals("2024-06-18", t.value());
    assertTrue(t.has(TimeFlag.WEEKDAY_MISMATCH));
    assertEquals(LocalDate.of(2024, 6, 19), t.weekdayDate());
    assertNull(only("Ils ont signé, mercredi 19 juin, un accord.").weekdayDate());
  }

  @Test
  void withoutAnchorValuesStayUnderspecified() {
    List<TimeExpression> all = TimeTagger.forLanguage("fr").tag("Il est venu lundi et le 9 juin.", null);
    assertEquals("XXXX-WXX-1", all.get(0).value());
    assertEquals("XXXX-06-09", all.get(1).value());
    assertTrue(all.get(0).has(TimeFlag.NO_ANCHOR));
  }

  @Test
  void inferredAnchorIsFlagged() {
    Anchor story = new Anchor(LocalDate.of(2024, 6, 19), Anchor.Source.CALLER);
    TimeExpression t = TimeTagger.forLanguage("fr").tag("Il a parlé lundi.", story).get(0);
    assertEquals("2024-06-17", t.value());
    assertTrue(t.has(TimeFlag.ANCHOR_INFERRED));
    assertEquals(story, t.anchor());
  }
}
