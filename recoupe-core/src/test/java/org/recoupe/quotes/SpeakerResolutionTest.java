package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.quotes.Speaker.Attribution;

/** Speakers found through pronouns, salience, incises, descriptions and the paragraph around. */
class SpeakerResolutionTest {
  private final QuoteFinder finder = new QuoteFinder();

  private List<Quote> quotes(String text) {
    return finder.find(text, Lines.paragraphs(text));
  }

  private String speakerOf(String text, String words) {
    Quote q = quotes(text).stream().filter(x -> x.text().contains(words)).findFirst().orElseThrow();
    return q.speaker() == null ? null : q.speaker().text();
  }

  @Test
  void theCliticsGenderPicksTheAntecedent() {
    assertEquals("Marie Leroy", speakerOf("Jean Dupont a rencontré Marie Leroy mardi. "
        + "« Nous avons trouvé un accord », a-t-elle affirmé.", "accord"));
    assertEquals("Jean Dupont", speakerOf("Marie Leroy a reçu Jean Dupont mardi. "
        + "« Nous avons trouvé un accord », a-t-il affirmé.", "accord"));
  }

  @Test
  void titlesTellTheGender() {
    assertEquals("Mme Dubois", speakerOf("M. Martin a longuement reçu Mme Dubois. "
        + "« Rien n’a été décidé », a-t-elle précisé.", "décidé"));
  }

  @Test
  void aFemininePastParticipleTellsTheGender() {
    assertEquals("L’ex-otage", speakerOf("L’ex-otage est arrivée à Paris vendredi. Le président l’a accueillie. "
        + "« Je suis heureuse d’être ici », a-t-elle déclaré.", "heureuse"));
  }

  @Test
  void thePronounTakesTheNearestSubjectThatAgrees() {
    assertEquals("Le ministre Paul Henry", speakerOf("Pierre Roux a ouvert la séance. "
        + "Le ministre Paul Henry a ensuite présenté le budget. « Ce budget est juste », a-t-il affirmé.", "juste"));
  }

  @Test
  void celuiCiIsTheLastOneMentioned() {
    assertEquals("Marc Blanc", speakerOf("Le rapport a été rédigé par Marc Blanc. "
        + "Celui-ci écrit que la méthode était « totalement inadaptée ».", "inadaptée"));
  }

  @Test
  void anInciseInsideTheQuotationNamesTheSpeaker() {
    assertEquals("le docteur Paul Morel", speakerOf(
        "« La situation est grave, explique le docteur Paul Morel. Les urgences sont saturées. »", "urgences"));
    assertEquals("Anne Roy", speakerOf("Anne Roy enseigne l’histoire depuis vingt ans. "
        + "« Cette loi est injuste, affirme-t-elle. Nous la combattrons. »", "combattrons"));
  }

  @Test
  void aDetachedParticipleIsNotTheSubject() {
    assertEquals("la jeune femme", speakerOf("Posée à la terrasse d’un café, la jeune femme s’inquiète pour la suite : "
        + "« Personne ne nous écoute vraiment. »", "écoute"));
  }

  @Test
  void aHeadlineQuotationTakesTheSpeakerOfItsRepetition() {
    Quote q = quotes("« Un bilan très positif pour la ville »\nLe maire, Paul Simon, a salué un « bilan très positif "
        + "pour la ville » à la fin de la saison.").get(0);
    assertEquals("Paul Simon", q.speaker().text());
    assertEquals(Attribution.HEADLINE, q.speaker().how());
    Quote next = quotes("« Nous ne fermerons aucune école cette année »\nLa rectrice, Anne Morel, a présenté hier "
        + "la carte scolaire. « Chaque classe compte », a-t-elle ajouté.").get(0);
    assertEquals("Anne Morel", next.speaker().text(), "the next paragraph's speaker, when nothing came before");
  }

  @Test
  void aSentenceThatPointsBackToTheQuotation() {
    assertEquals("le ministre", speakerOf("« Nous ne céderons rien. » Ainsi s’exprimait hier le ministre devant les "
        + "députés.", "céderons"));
  }

  @Test
  void englishAppositionsParticiplesAndCoordination() {
    assertEquals("Maria Lopez", speakerOf("“We are not going to accept this deal,” Maria Lopez, a spokeswoman for "
        + "the union, said on Tuesday.", "deal"));
    assertEquals("Dr. Helen Park", speakerOf("Dr. Helen Park, an epidemiologist at the university, said the figures "
        + "were “deeply worrying.”", "worrying"));
    assertEquals("Liu", speakerOf("Liu said the army was ready, warning: “We will not hesitate to act.”", "hesitate"));
    assertTrue(speakerOf("China’s ambassador accused the board of fraud and warned that it “will pay for this.”",
        "pay").startsWith("China’s ambassador"));
  }

  @Test
  void englishItAndTheyReferToGroups() {
    assertEquals("The company", speakerOf("The company issued a statement on Friday. "
        + "“We have done nothing wrong,” it said.", "wrong"));
  }

  @Test
  void wordsRelayedByAnAgencyAreTheSpeakers() {
    Quote q = quotes("Le président russe a qualifié Kim Jong-un de « véritable ami », selon l’agence Tass.").get(0);
    assertEquals("Le président russe", q.speaker().text());
    assertEquals("l’agence Tass", q.via().text());
    Quote order = quotes("L’année dernière, Kim a ordonné l’« expansion exponentielle » de l’arsenal, "
        + "ont rapporté les médias d’État.").get(0);
    assertEquals("Kim", order.speaker().text());
    assertEquals("les médias d’État", order.via().text());
  }

  @Test
  void publicationsAsSpeakers() {
    assertEquals("Les Échos", speakerOf("« Une douzaine de responsables ont été mis en examen », peut-on lire "
        + "dans Les Échos.", "douzaine"));
    assertEquals("Mediapart", speakerOf("Mediapart publie une enquête sur le député. Celui-ci est « visé par une "
        + "plainte pour fraude fiscale », peut-on lire.", "visé"));
  }

  @Test
  void passiveAgentInvertedSubjectsAndDislocation() {
    assertEquals("un dirigeant du parti", speakerOf("Qualifié de « gourou de la majorité » par un dirigeant du parti, "
        + "le ministre sait se faire écouter.", "gourou"));
    assertEquals("Antony Fastier", speakerOf("« Ces études sont à jeter », assène Antony Fastier, toxicologue.",
        "jeter"));
    assertEquals("Antoine", speakerOf("Le problème est réel, comme nous le raconte Antoine, 32 ans. "
        + "« Je n’ai pas été payé depuis trois mois. »", "payé"));
    assertEquals("Soona", speakerOf("Soona, elle, n’a pas changé. « Je pense souvent à ce quartier », écrit-elle.",
        "quartier"));
  }

  @Test
  void pluralPronounsAndFragmentsOfOneSentence() {
    assertEquals("Les deux syndicats", speakerOf("Les deux syndicats ont saisi le Conseil. "
        + "« Nous ne pouvons plus nous taire », affirment-ils.", "taire"));
    List<Quote> qs = quotes("Les syndicats ont saisi le Conseil pour « l’alerter » sur « les attaques répétées "
        + "contre l’indépendance des juges ».");
    assertEquals("Les syndicats", qs.get(0).speaker().text());
    assertEquals("Les syndicats", qs.get(1).speaker().text());
  }

  @Test
  void leftDislocationAndAColonAfterTheQuotation() {
    assertEquals("chef du parti", speakerOf("Quant au chef du parti, il a estimé que l’accord serait « caduc ».", "caduc"));
    assertEquals("le procureur", speakerOf("« La bande a semé le trouble dans le village » : le procureur a requis "
        + "la sévérité.", "bande"));
  }

  @Test
  void aShortCapitalisedNameInQuotationMarksIsNoSpeech() {
    Quote q = quotes("Elle est bénévole au « Secours pop » depuis dix ans.").get(0);
    assertTrue(!q.speech() && q.speaker() == null);
  }

  @Test
  void selonLuiInsideARelayedSentence() {
    Quote q = quotes("Le président, qui offrira selon lui « un accueil chaleureux et digne », est arrivé hier, "
        + "a indiqué son porte-parole, Marc Roy.").get(0);
    assertEquals("Le président", q.speaker().text());
    assertTrue(q.via().text().contains("Marc Roy"));
  }

  @Test
  void passeSimpleAbsoluteParticiplesAndDocuments() {
    assertEquals("Le maire", speakerOf("Le maire rappela que « la jeunesse reste notre priorité ».", "jeunesse"));
    assertEquals("Pierre Blanc", speakerOf("« Nous gérons au mieux », répond Paul Roux, Pierre Blanc soulignant que "
        + "les entreprises sont « bien placées sur le marché ».", "placées"));
    assertEquals("L’accord", speakerOf("L’accord prévoit que « les colonies seront agrandies ».", "colonies"));
  }

  @Test
  void anIndirectObjectBeforeAnInvertedSubject() {
    assertEquals("une responsable de l’association", speakerOf("« Nous sommes très inquiets », a confié à l’AFP "
        + "une responsable de l’association, qui a requis l’anonymat.", "inquiets"));
  }

  @Test
  void moreEnglishFrames() {
    assertEquals("Big Corp", speakerOf("Big Corp have denied the claims. “We did nothing wrong,” they said.", "wrong"));
    assertEquals("the driver", speakerOf("“I don’t know what happened,” the driver, 45, told police.", "happened"));
    assertEquals("Trump", speakerOf("Trump called the inquiry a “witch hunt.”", "witch"));
    assertEquals("A spokesman for the ministry", speakerOf("A spokesman for the ministry said: “We are aware of the "
        + "reports.”", "aware"));
  }

  @Test
  void unlistedEnglishVerbsAndUnnamedFrenchSources() {
    assertEquals("Smith", speakerOf("“We did what we could,” Smith conceded.", "could"));
    assertEquals("the coach", speakerOf("“It was a tough season,” the coach reflected on Sunday.", "season"));
    assertEquals("Matignon", speakerOf("« Rien n’est décidé », explique-t-on à Matignon.", "décidé"));
    assertEquals("le président de la République", speakerOf("Comme l’a dit le président de la République, "
        + "« la France ne cédera pas ».", "cédera"));
    assertEquals("Jeanne Morel", speakerOf("« Nous irons jusqu’au bout », explique calmement Jeanne Morel.", "bout"));
  }

  @Test
  void aQuotationAttributedInTheNextSentenceAndNominalFrames() {
    assertEquals("Paul Roux", speakerOf("« Nous sommes très inquiets pour la suite. » Le maire de la ville, Paul Roux, "
        + "ne cache pas sa préoccupation.", "inquiets"));
    assertEquals("François Bayrou", speakerOf("Le gouvernement prépare, selon l’expression de François Bayrou, "
        + "« un plan de rigueur qui ne dit pas son nom ».", "rigueur"));
    assertEquals("la CGT", speakerOf("« C’est une provocation » a aussitôt réagi la CGT.", "provocation"));
  }

  @Test
  void anEnglishQuotationOverParagraphsReopensEachOne() {
    List<Quote> qs = quotes("The minister said the reform would go ahead.\n“We have listened to everyone and we have "
        + "made changes.\n“But we will not give up on the core of the project,” she added.");
    assertEquals(1, qs.size());
    assertTrue(qs.get(0).text().contains("listened") && qs.get(0).text().contains("core"));
    assertEquals("The minister", qs.get(0).speaker().text());
    List<Quote> straight = quotes("\"We have listened to everyone.\n\"We will not give up,\" the minister said.");
    assertEquals(1, straight.size());
    assertEquals("the minister", straight.get(0).speaker().text());
  }
}
