package org.recoupe.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When, where, how many, why and how, on sentences written for the test. */
class CircumstancesTest {

  @Test
  void whenIsTheDateOfTheVerbNotOfANoun() {
    Claim c = Analyzed.last("Les deux pays ont signé mercredi 19 juin un accord qui remplace le traité de 1961.", "fr");
    assertEquals("2024-06-19", c.when().value());
    Claim intro = Analyzed.last("En septembre 2023, Kim Jong-un s'était rendu à Vladivostok.", "fr");
    assertEquals("2023-09", intro.when().value());
    Claim noun = Analyzed.last("L'accord militaire de 2018 a été suspendu par Séoul.", "fr");
    assertNull(noun.when(), () -> noun.when().toString());
    Claim en = Analyzed.last("Putin and Kim signed the treaty on Wednesday in Pyongyang.", "en");
    assertEquals("2024-06-19", en.when().value());
  }

  @Test
  void whereIsAPlaceAfterALocativePreposition() {
    Claim c = Analyzed.last("Vladimir Poutine a signé un accord de défense à Pyongyang.", "fr");
    assertEquals("Pyongyang", c.where().text());
    Claim dative = Analyzed.last("La Corée du Nord a livré des obus à la Russie.", "fr");
    assertNull(dative.where(), "« à la Russie » is who received them, not where");
    Claim complement = Analyzed.last("Le Kremlin a évoqué la guerre en Ukraine.", "fr");
    assertNull(complement.where(), "« la guerre en Ukraine »: the place belongs to the noun");
    Claim en = Analyzed.last("The leaders met in Geneva on Tuesday.", "en");
    assertEquals("Geneva", en.where().text());
  }

  @Test
  void quantitiesComeWithWhatTheyCount() {
    Claim c = Analyzed.last("Pyongyang a fourni plus de 11 000 conteneurs de munitions à Moscou.", "fr");
    assertEquals(1, c.quantities().size(), c.quantities().toString());
    Amount a = c.quantities().get(0);
    assertTrue(a.low() > 10000 && a.low() <= 11000, () -> "low " + a.low());
    assertTrue(Double.isInfinite(a.high()));
    assertTrue(a.unit().startsWith("conten"), a.unit());
    Claim two = Analyzed.last("Les deux pays ont signé un accord mercredi.", "fr");
    assertTrue(two.quantities().isEmpty(), "« les deux pays » counts nothing");
    Claim en = Analyzed.last("The factory produced 42 million masks last year.", "en");
    assertEquals(42e6, en.quantities().get(0).low(), 1e6);
  }

  @Test
  void whyIsAPurposeOrCauseClause() {
    assertEquals("pour renforcer leur partenariat", Analyzed.last(
        "Les deux pays ont signé un accord pour renforcer leur partenariat.", "fr").why().text());
    assertEquals("afin de sécuriser la frontière", Analyzed.last(
        "Le gouvernement a déployé des soldats afin de sécuriser la frontière.", "fr").why().text());
    assertEquals("en raison de la grève", Analyzed.last(
        "Le vol a été annulé jeudi en raison de la grève.", "fr").why().text());
    assertEquals("pour son soutien", Analyzed.last(
        "Vladimir Poutine a remercié Kim Jong-un pour son soutien.", "fr").why().text());
    assertEquals("in response to the missile tests", Analyzed.last(
        "Washington imposed new sanctions in response to the missile tests.", "en").why().text());
    assertEquals("because of the storm", Analyzed.last(
        "The ministers cancelled the meeting because of the storm.", "en").why().text());
    assertNull(Analyzed.last("Les deux dirigeants se sont rencontrés pour la dernière fois en 2019.", "fr").why(),
        "« pour la dernière fois » gives no reason");
  }

  @Test
  void howIsAMeansOrOccasion() {
    assertEquals("à l'occasion d'un sommet à Pyongyang", Analyzed.last(
        "Les deux dirigeants ont signé un accord à l'occasion d'un sommet à Pyongyang.", "fr").how().text());
    assertEquals("en signant un décret", Analyzed.last(
        "Le président a répondu en signant un décret.", "fr").how().text());
    assertEquals("en train blindé", Analyzed.last(
        "Kim Jong-un s'est rendu à Vladivostok en train blindé.", "fr").how().text());
    assertEquals("by signing a decree", Analyzed.last(
        "The president responded by signing a decree.", "en").how().text());
    assertEquals("during a summit in Pyongyang", Analyzed.last(
        "The two leaders signed the pact during a summit in Pyongyang.", "en").how().text());
    assertNull(Analyzed.last("Les sanctions imposées par les États-Unis ont été levées.", "fr").how(),
        "« par les États-Unis » is an agent, not a means");
  }
}
