package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recoupe.quotes.Attributed.speakerOf;

import org.junit.jupiter.api.Test;

/** French discourse: which earlier or surrounding words name the speaker (demonstratives, standalone quotations, sentence subjects) and which never do (time adverbials, "Ce", headings, appositions). */
class FrenchDiscourseTest {
  @Test
  void aDemonstrativeDescriptionOfAPersonPointsBack() {
    assertEquals("le directeur de l'information Marc Roy", speakerOf("En février, le directeur de l'information Marc "
        + "Roy affirmait que les présentateurs n'étaient pas menacés. « S'il doit y avoir un changement, il se fera "
        + "avec eux », ajoutait cet homme qui appartient aux figures historiques de la chaîne.", "changement"));
  }

  @Test
  void aQuotationStandingAloneContinuesTheLastQuotedSpeakerAcrossNarration() {
    String text = "« On a aussi obtenu l'absence de recoupement entre les fichiers », se félicite Yann Durand.\n"
        + "Sur d'autres points, rien n'a changé depuis l'été.\n"
        + "Restent la durée de conservation des données et le droit à l'oubli.\n"
        + "Puis vient la question des mineurs.\n"
        + "« Comment accepter que des informations sur des mineurs soient gardées à vie ? »";
    assertEquals("Yann Durand", speakerOf(text, "Comment accepter"));
  }

  @Test
  void aQuotationStandingAloneContinuesTheMainClauseNotAnOpeningSubordinate() {
    String text = "« Je pars », a annoncé Marc Roy, le directeur du club.\n"
        + "Alors que plusieurs dirigeants ont quitté la ligue avec des indemnités, M. Roy a pris les devants.\n"
        + "« Je ne demande rien. »";
    assertEquals("M. Roy", speakerOf(text, "demande rien"));
  }

  @Test
  void aTopicSetOutBeforeTheClauseIsWhatItsPronounTakesUp() {
    String text = "Le club a annoncé lundi le départ de son entraîneur.\n"
        + "La présidente assure qu'elle « ne regrette rien ».\n"
        + "Quant à Marc Roy, porte-parole des supporters, il renchérit : « Nous n'avons pas été consultés. »";
    String speaker = speakerOf(text, "consultés");
    assertTrue(speaker.equals("Marc Roy") || speaker.equals("Roy"), speaker);
    assertEquals("Lisa Brown", speakerOf("The club announced the coach's departure on Monday.\n"
        + "As for Lisa Brown, she said: \"We were not consulted.\"", "consulted"));
  }

  @Test
  void aTimeAdverbialOpeningTheSentenceIsNotItsSubject() {
    assertEquals("leurs syndicats", speakerOf("Les surveillants sont inquiets. La semaine dernière, leurs syndicats ont "
        + "appelé au blocage des prisons pour dénoncer le « mépris » de la ministre.", "mépris"));
  }

  @Test
  void ceIsNeverASpeaker() {
    assertNotEquals("Ce", speakerOf("Le sommet s'ouvre samedi. Ce qui ne l'empêche pas de continuer à marteler, comme "
        + "vendredi à Nice : « Je le redis une nouvelle fois, ce ne doit pas être un sommet pour rien. »", "redis"));
  }

  @Test
  void aCommonNounOpeningASentenceIsNoNameForAPronoun() {
    assertEquals("le chef de l'Etat", speakerOf("Le chômage est reparti à la hausse en août, a rappelé le chef de l'Etat. "
        + "Augmentation confirmée en septembre et en octobre. Il n'avait donc pas prévu la suite lorsqu'il déclarait : "
        + "« Une relance par la dépense publique ne serait ni possible, ni souhaitable. »", "relance"));
  }

  @Test
  void aNameInAppositionToAPhraseIsNotTheSubjectAPronounTakes() {
    assertEquals("Le Premier ministre Paul Henry", speakerOf("Le Premier ministre Paul Henry a parlé à l'Assemblée. "
        + "En réponse au président du groupe socialiste, Marc Roy, il a promis des « mesures très ambitieuses ».",
        "ambitieuses"));
  }

  @Test
  void aQuotationWithoutFrameInsideASentenceIsItsNamedSubjectsWords() {
    assertEquals("Le député Paul Henry", speakerOf("La ministre Anne Roy a présenté le texte mardi. Le député Paul Henry "
        + "attend des avancées sur « les salaires, la justice fiscale et les retraites ».", "salaires"));
  }

  @Test
  void aNewspaperNamedLikeACommonNounStaysAName() {
    assertEquals("Libération", speakerOf("Les journaux saluent l'élection. Libération a publié une édition spéciale. "
        + "« Nous avons un rêve », peut-on lire en une.", "rêve"));
  }

  @Test
  void anOpeningAdverbOrAHeadingNounIsNoReferent() {
    String text = "Le ministre Paul Henry a reçu les syndicats.\nInvitation à « dialoguer » sous forme d'injonction\n"
        + "Concrètement, il a enjoint les délégués de « reprendre le travail dès lundi ».";
    assertEquals("Le ministre Paul Henry", speakerOf(text, "reprendre"));
  }
}
