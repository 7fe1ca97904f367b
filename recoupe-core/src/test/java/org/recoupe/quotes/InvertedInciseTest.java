package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.recoupe.quotes.Attributed.speakerOf;

import org.junit.jupiter.api.Test;

/** Incises after a quotation whose verb is not in the lexicon, or whose subject stands behind adverbials. */
class InvertedInciseTest {
  private static final String BEFORE = "Le conseil municipal s'est réuni lundi soir. La maire Claire Fabre a présenté le budget. ";

  @Test
  void anyVerbInvertedAfterAQuotationReportsIt() {
    assertEquals("Paul Girard", speakerOf(BEFORE + "« Ce budget ne tient pas debout », a tonné Paul Girard.", "debout"));
    assertEquals("un élu de l'opposition",
        speakerOf(BEFORE + "« Nous voterons contre », rigole un élu de l'opposition.", "voterons"));
    assertEquals("Paul Girard", speakerOf(BEFORE + "« Il faut tout revoir », s'est indigné Paul Girard.", "revoir"));
  }

  @Test
  void adverbialsAndPhrasesMayStandBetweenVerbAndSubject() {
    assertEquals("le préfet de la Région, Marc Lenoir", speakerOf(BEFORE
        + "« Les comptes sont sincères », a indiqué dans la matinée le préfet de la Région, Marc Lenoir.", "sincères"));
    assertEquals("Paul Girard", speakerOf(BEFORE
        + "« Les comptes sont sincères », a par exemple estimé Paul Girard.", "sincères"));
    assertEquals("Paul Girard", speakerOf(BEFORE
        + "« Les comptes sont sincères », remarquait d'ailleurs lors de son audition Paul Girard.", "sincères"));
    assertEquals("Paul Girard", speakerOf(BEFORE
        + "« Les comptes sont sincères », a estimé sur France Bleu Paul Girard.", "sincères"));
    assertEquals("le trésorier de la commune", speakerOf(BEFORE
        + "« Les comptes sont sincères », a déclaré, mardi à Lyon, le trésorier de la commune.", "sincères"));
    assertEquals("Paul Girard", speakerOf(BEFORE
        + "« Les comptes sont sincères », fait observer Paul Girard.", "sincères"));
  }

  @Test
  void anyVerbInvertedInsideAQuotationReportsIt() {
    assertEquals("un autre adjoint", speakerOf(BEFORE
        + "« Nous n'avions pas le choix, nuance un autre adjoint. Les caisses étaient vides. »", "caisses"));
    assertEquals("une conseillère", speakerOf(BEFORE
        + "« On a repeint la salle, se félicite une conseillère. Elle est plus claire. »", "repeint"));
  }

  @Test
  void insideAQuotationAClauseWithItsObjectIsNoIncise() {
    assertNotEquals("un enfant", speakerOf(BEFORE
        + "Paul Girard a demandé : « C'est plus important que la carrière, avoir un enfant ? Je ne crois pas. »",
        "carrière"));
    assertNotEquals("cette assemblée tout entière", speakerOf(BEFORE
        + "« Le mépris de la maire envers les élus, que dénoncent les habitants, déstabilise cette assemblée tout entière »,"
        + " a lancé Paul Girard.", "mépris"));
  }

  @Test
  void aNounThatNamesNoOneIsNotASpeaker() {
    assertNotEquals("la polémique", speakerOf(BEFORE
        + "Le projet « zéro voiture », qui vise le centre, suscite la polémique entre commerçants et riverains.",
        "zéro voiture"));
  }

  @Test
  void aBareParticipleDescribesTheQuotedWords() {
    assertNotEquals("Hugo Martin", speakerOf(BEFORE
        + "La chanson « Les lumières de la ville », écrite par Hugo Martin, sera jouée au concert de la fête.",
        "lumières"));
  }

  @Test
  void theObjectOfAVerbWithAnInfinitiveIsNotItsSubject() {
    assertEquals("La maire Claire Fabre", speakerOf(BEFORE
        + "La maire Claire Fabre, jugeant la dette « préoccupante », avait appelé la Région à aider la commune.",
        "préoccupante"));
  }
}
