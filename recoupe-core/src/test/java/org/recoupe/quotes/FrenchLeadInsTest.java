package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.recoupe.quotes.Attributed.speakerOf;

import org.junit.jupiter.api.Test;

/**
 * Lead-ins met on unseen text: a relative clause with its own subject, an emphatic "elle-même",
 * an object pronoun before an incise verb, a verbless lead-in naming the source before a colon,
 * and names written with digits.
 */
class FrenchLeadInsTest {
  @Test
  void aRelativeClauseOnWhereHasItsOwnSubject() {
    assertEquals("Paul Moreau", speakerOf("Même son de cloche dans La Gazette, où Paul Moreau estime que le projet "
        + "« manque cruellement d'ambition ».", "ambition"));
  }

  @Test
  void anEmphaticPronounAloneRefersBack() {
    assertEquals("Anne Morel", speakerOf("Anne Morel a rencontré les parents lundi. Dans un entretien, elle-même "
        + "reconnaît qu'il était « peut-être trop tôt pour conclure ».", "trop tôt"));
  }

  @Test
  void anEmphaticPronounAfterANounLeavesTheNoun() {
    assertEquals("La mairie", speakerOf("La mairie elle-même, dans un communiqué, a relevé qu'« aucune faute n'a "
        + "été commise ».", "aucune faute"));
  }

  @Test
  void anObjectPronounMayStandBeforeTheInciseVerb() {
    assertEquals("une habitante", speakerOf("Luc Petit est arrivé lundi. « Il faudra tout reprendre, nous explique "
        + "une habitante, et il faudra le faire vite. »", "tout reprendre"));
    assertEquals("le maire", speakerOf("Luc Petit est arrivé lundi. « Rien n'est encore décidé », nous a confié "
        + "le maire.", "Rien n'est"));
  }

  @Test
  void aVerblessLeadInNamesTheSourceBeforeAColon() {
    assertEquals("la fédération des commerçants", speakerOf("Luc Petit a parlé lundi. De la part de la fédération "
        + "des commerçants : « Nous attendons des actes, pas des promesses. »", "attendons"));
    assertEquals("les pompiers", speakerOf("Luc Petit a parlé lundi. Même son de cloche chez les pompiers : « Les "
        + "moyens manquent depuis des années. »", "moyens"));
    assertEquals("Claire Dubois", speakerOf("Luc Petit a parlé lundi. Un avis partagé par Claire Dubois, dans les "
        + "colonnes du Courrier : « C'est trop peu, et bien trop tard. »", "trop peu"));
  }

  @Test
  void aNameWrittenWithDigitsIsOneWord() {
    assertEquals("Le directeur général de TF1", speakerOf("Le directeur général de TF1 a défendu la chaîne. "
        + "« Nous maintenons notre grille jusqu'à la fin de l'été », a-t-il ajouté.", "grille"));
  }

  @Test
  void aParticipleAfterTheQuotationKeepsTheSubjectBeforeIt() {
    assertEquals("Marc Roy", speakerOf("Dans La Gazette, Marc Roy pense lui aussi que « le choix de l'investissement "
        + "est un pari raisonnable », concédant tout de même que « la dette va encore grossir ».", "pari raisonnable"));
  }

  @Test
  void anAdverbialPhraseMayStandInsideTheVerbGroup() {
    assertEquals("Fatima", speakerOf("Fatima a une nouvelle fois affirmé qu'elle avait obtenu la garde « de manière "
        + "tout à fait régulière ».", "régulière"));
  }
}
