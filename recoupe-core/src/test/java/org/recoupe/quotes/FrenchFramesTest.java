package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.recoupe.quotes.Attributed.speakerOf;

import org.junit.jupiter.api.Test;

/** French attribution frames: adverbial "pour", "faire valoir", inverted subjects after an infinitive, indirect objects. */
class FrenchFramesTest {
  @Test
  void aMisreadFrameLeavesNoVerbInTheSpeaker() {
    String speaker = speakerOf("Les syndicats du rail --CGT, FO, SUD et Unsa-- se sont mis d'accord pour refuser de "
        + "« payer la crise ».", "payer la crise");
    assertNotEquals(null, speaker);
    assertEquals(-1, speaker.indexOf("--"), speaker);
    assertEquals(-1, speaker.indexOf(" se"), speaker);
  }

  @Test
  void wordsOpeningOnAVerbNameNobody() {
    String speaker = speakerOf("Le maire Paul Henry a confirmé jeudi avoir été « écarté » du projet, critiquant la "
        + "« brutalité » de la direction et mettant en garde contre toute « mise au pas » des élus.", "mise au pas");
    assertEquals("Le maire Paul Henry", speaker);
  }

  @Test
  void pourAutantIsNotASource() {
    assertEquals("M. Henry", speakerOf("Le ministre Paul Henry a rencontré les syndicats. Pour autant, M. Henry a "
        + "rejeté l'idée d'un recul. Cette réforme restait « indispensable pour les comptes publics », a-t-il fait "
        + "valoir.", "indispensable"));
  }

  @Test
  void anInvertedSubjectAfterAnInfinitiveSpeaks() {
    assertEquals("M. Henry", speakerOf("La directrice Anne Roy a présenté le plan. Toutefois, a tenu à prévenir "
        + "M. Henry, « nous ne pourrons pas éviter des fermetures ».", "fermetures"));
  }

  @Test
  void anIndirectObjectMayStandBetweenVerbAndQuotation() {
    assertEquals("le chef de l'Etat", speakerOf("Face aux critiques, le chef de l'Etat demande à la ministre de "
        + "l'Intérieur « une solution dans les tout prochains jours ».", "solution"));
  }

  @Test
  void aQuotedNounPhraseDoesNotLendItsNextWordsAsSpeaker() {
    String text = "Le ministre Paul Henry a affirmé que le « fonds régional » breton destiné à soutenir les PME en "
        + "difficulté, et qu'il avait présenté lundi à Rennes, serait créé « dans trois semaines ».";
    assertEquals("Le ministre Paul Henry", speakerOf(text, "fonds régional"));
    assertEquals("Le ministre Paul Henry", speakerOf(text, "trois semaines"));
  }

  @Test
  void aComparativeQueDoesNotOpenTheSubject() {
    assertEquals("Marc Blanc", speakerOf("Marc Blanc, membre du même bureau que la directrice de l'agence régionale, "
        + "a déclaré lundi qu'il revenait « à la direction de trancher ».", "trancher"));
  }

  @Test
  void selonLesTermesDeXNamesWhoseWordsTheyAre() {
    String text = "Les négociateurs du syndicat disent avancer « sur le fond », en laissant « de côté les querelles "
        + "de personnes », selon les termes de la ministre du Travail.";
    assertEquals("la ministre du Travail", speakerOf(text, "sur le fond"));
    assertEquals("la ministre du Travail", speakerOf(text, "querelles"));
  }

  @Test
  void theAntecedentOfQuiIsADescriptionToo() {
    assertEquals("le député du Gers", speakerOf("Le projet « ne tient pas », selon le député du Gers qui réclame une "
        + "baisse de « 5 à 10 % » des dépenses.", "5 à 10"));
  }

  @Test
  void theAntecedentOfQuiAfterACommaSpeaks() {
    assertEquals("le rapporteur", speakerOf("Le député n'a pas été entendu par le rapporteur, qui estime que « la "
        + "réforme proposée est un leurre ».", "leurre"));
  }

  @Test
  void theAntecedentOfQuiKeepsItsComplement() {
    assertEquals("le porte-parole du gouvernement", speakerOf("Le plan « ne suffit pas », selon le porte-parole du "
        + "gouvernement qui réclame « 5 à 10 % » de plus.", "5 à 10"));
    assertEquals("le président du Sénat", speakerOf("Le texte sera amendé, selon le président du Sénat qui promet "
        + "« un débat serein ».", "serein"));
  }

  @Test
  void aNounHomographOfAVerbAfterANumberIsNoFrame() {
    assertNull(speakerOf("Les Russes ont livré 300 tonnes « dans les délais ».", "délais"));
  }

  @Test
  void quantALuiIsSkippedBeforeTheInvertedSubject() {
    assertEquals("le P. Paul Morel", speakerOf("« Le décret légalise une mise à plat de la vie privée », observe quant "
        + "à lui le P. Paul Morel, directeur du service diocésain.", "vie privée"));
  }

  @Test
  void celleQuiTakesUpTheLastWomanNamed() {
    assertEquals("Anne Roy", speakerOf("« J'en ai envie », a déclaré mercredi Anne Roy. « Mais je n'en fais pas un "
        + "préalable », a ajouté celle qui avait mis sa candidature entre parenthèses.", "préalable"));
  }

  @Test
  void pourXAfterAColonIsASource() {
    assertEquals("son bras droit Paul Henry", speakerOf("Ses proches sont partagés : pour son bras droit Paul Henry, "
        + "cette candidature « est légitime et s'impose ».", "légitime"));
  }

  @Test
  void ceDernierTakesUpTheLastManNamed() {
    assertEquals("Paul Morel", speakerOf("Il souhaite, comme Paul Morel, président du conseil régional, un contrôle "
        + "rigoureux. « Nous devons cependant attendre l'avis du Conseil d'État », ajoute ce dernier.", "attendre"));
  }

  @Test
  void anOpeningAdverbIsNotTheSubject() {
    assertEquals("un rapport préliminaire de l'inspection", speakerOf("Auparavant, un rapport préliminaire de "
        + "l'inspection avait dénoncé une « dérive » dans la gestion des risques.", "dérive"));
  }

  @Test
  void anIndirectObjectBeforeTheInvertedSubjectIsSkipped() {
    assertEquals("Paul Henry", speakerOf("Le bureau « se réunira mardi soir » pour se « prononcer sur le résultat », "
        + "a déclaré samedi à l'AFP Paul Henry.", "prononcer"));
  }

  @Test
  void aPronounOpeningTheLastClauseIsTheSubject() {
    assertEquals("Jean Blanc", speakerOf("Jean Blanc prendra la direction de la rédaction lundi. Classé « libéral » et "
        + "succédant à la « centriste » Marie Noire, il réfute les étiquettes, se dit « viscéralement journaliste » et assure "
        + "que « personne n'a de souci à se faire ».",
        "viscéralement"));
  }

  @Test
  void anInfinitiveAfterTheVerbIsNoInvertedSubject() {
    assertEquals("Le député Paul Henry", speakerOf("Le député Paul Henry, candidat de l'aile gauche, a déclaré jeudi être "
        + "proche d'un accord. « Nous sommes près d'un accord politique », a-t-il dit sur RTL.", "près d'un accord"));
  }

  @Test
  void aVerbAndItsInfinitiveMayIntroduceTheQuotation() {
    assertEquals("Le syndicat", speakerOf("La ligue s'inquiète. Le syndicat des juges appelle à la mobilisation "
        + "et dit examiner « toute forme d'action juridique » contre le fichier.", "action juridique"));
  }

  @Test
  void aReflexiveVerbReportsOnlyWhenListed() {
    assertEquals("la ministre de l'Economie, Anne Roy", speakerOf("S'il se poursuit, le ralentissement aura « des "
        + "effets sur l'emploi », a reconnu mardi la ministre de l'Economie, Anne Roy.", "effets"));
  }

  @Test
  void anInciseBetweenCommasNamesTheSpeakerOfTheSentence() {
    assertEquals("son auteur", speakerOf("Le rapport a été remis lundi. Mais sa mission, rappelle son auteur, était "
        + "aussi de veiller « à la bonne affectation des crédits ».", "affectation"));
  }

  @Test
  void aPronounAfterAParticipleClauseIsTheSubject() {
    assertEquals("La ministre Anne Roy", speakerOf("La ministre Anne Roy était invitée jeudi soir sur la radio locale. Evoquant "
        + "sa « pudeur », elle n'a pas commenté la rumeur.", "pudeur"));
  }

  @Test
  void deSonCoteInsideTheVerbGroup() {
    assertEquals("Jean Morel", speakerOf("Le texte doit être voté mardi. Jean Morel, "
        + "porte-parole de l'association, a de son côté annoncé une rencontre de parlementaires « de droite et de "
        + "gauche ».", "droite"));
  }

  @Test
  void aVerbWithItsInvertedCliticRightBeforeTheQuotation() {
    assertEquals("Le général Marc Jones", speakerOf("Le général Marc Jones a été nommé lundi. Selon lui, l'ennemi se trouvait "
        + "ailleurs où, dit-il, « les alliés ont essayé de vaincre avec trop peu de troupes ».", "troupes"));
  }

  @Test
  void aMistypedInvertedCliticStillNamesThePronoun() {
    assertEquals("La ministre Anne Roy", speakerOf("La ministre Anne Roy a répondu aux questions. « Ce n'est pas une "
        + "maladie », assure-telle.", "maladie"));
  }

  @Test
  void anAppositionPieceBeforeEnAIsNotTheSubject() {
    assertEquals("Paul Henry", speakerOf("Les recours viennent des associations. Paul Henry, lui-même auteur d'un des "
        + "recours, en a appelé à un « mouvement de refus républicain » contre le fichier.", "refus"));
  }

  @Test
  void aPrepositionAIsNoAuxiliaryOfAnIncise() {
    assertNotEquals("le maire Paul Girard", speakerOf("Le conseil s'est réuni. « Nous voterons contre », à midi le maire "
        + "Paul Girard quittait la salle.", "voterons"));
  }
}
