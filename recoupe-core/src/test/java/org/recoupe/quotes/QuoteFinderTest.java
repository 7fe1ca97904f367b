package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.quotes.Speaker.Attribution;

class QuoteFinderTest {
  private final QuoteFinder finder = new QuoteFinder();

  private List<Quote> quotes(String text) {
    return finder.find(text, Lines.paragraphs(text));
  }

  private static String speaker(Quote q) {
    return q.speaker() == null ? null : q.speaker().text();
  }

  @Test
  void frenchInvertedAttributionAfterTheQuote() {
    List<Quote> qs = quotes("« Nous ne céderons rien sur ce dossier », a déclaré mardi la ministre Claire Dubois à Lyon.");
    assertEquals(1, qs.size());
    assertEquals("Nous ne céderons rien sur ce dossier", qs.get(0).text());
    assertEquals("la ministre Claire Dubois", speaker(qs.get(0)));
    assertEquals(Attribution.AFTER_QUOTE, qs.get(0).speaker().how());
    assertEquals("a déclaré", qs.get(0).verb());
  }

  @Test
  void noBreakSpacesInsideTheMarksAreNotPartOfTheWords() {
    Quote q = quotes("«\u00a0Tout est prêt pour la signature\u202f», a déclaré M.\u00a0Leroy.").get(0);
    assertEquals("Tout est prêt pour la signature", q.text());
    assertEquals("M.\u00a0Leroy", speaker(q));
  }

  @Test
  void guillemetsWithoutInnerSpacesAndPresentTenseVerb() {
    Quote q = quotes("«Le chantier avance bien», assure Paul Martin, le maire de la ville.").get(0);
    assertEquals("Le chantier avance bien", q.text());
    assertEquals("Paul Martin", speaker(q));
  }

  @Test
  void subjectBeforeTheVerbAndPartialQuote() {
    Quote q = quotes("Le syndicat a estimé que la réforme était « largement insuffisante ».").get(0);
    assertTrue(q.speech(), "a partial quote framed by a reporting verb is speech");
    assertEquals("Le syndicat", speaker(q));
    assertEquals(Attribution.BEFORE_QUOTE, q.speaker().how());
  }

  @Test
  void invertedCliticResolvesToTheLatestSpeaker() {
    List<Quote> qs = quotes("« Le budget sera voté avant l’été », a affirmé le Premier ministre. "
        + "« Il n’y aura pas de hausse d’impôts pour les ménages », a-t-il ajouté.");
    assertEquals("le Premier ministre", speaker(qs.get(1)));
    assertEquals(Attribution.PRONOUN, qs.get(1).speaker().how());
  }

  @Test
  void wordsSaidByXAboutYBelongToX() {
    List<Quote> qs = quotes("« Notre alliance est indestructible », a assuré M. Durand aux côtés de M. Leroy, "
        + "qu’il a qualifié de « partenaire le plus fidèle de notre pays ».");
    assertEquals(2, qs.size());
    assertEquals("M. Durand", speaker(qs.get(0)));
    assertEquals("M. Durand", speaker(qs.get(1)), "the pronoun in « qu’il a qualifié » is Durand");
  }

  @Test
  void quoteRelayedThroughAnAgency() {
    Quote q = quotes("« Les discussions ont été constructives et franches », a déclaré Petrov selon Interfax.").get(0);
    assertEquals("Petrov", speaker(q));
    assertEquals("Interfax", q.via().text());
  }

  @Test
  void accordingToAtTheStartOfTheSentence() {
    Quote q = quotes("Selon le porte-parole du gouvernement, « aucune décision n’a encore été prise ».").get(0);
    assertEquals("le porte-parole du gouvernement", speaker(q));
    assertEquals(Attribution.ACCORDING_TO, q.speaker().how());
  }

  @Test
  void quoteAttributedInThePreviousSentenceContinues() {
    List<Quote> qs = quotes("Le directeur, Marc Petit, a répondu aux questions des salariés pendant une heure. "
        + "« Nous allons embaucher trente personnes d’ici à la fin de l’année. »");
    assertEquals(1, qs.size());
    assertEquals("Marc Petit", speaker(qs.get(0)));
  }

  @Test
  void scareQuotesAroundAWordAreNotSpeech() {
    List<Quote> qs = quotes("Le projet de « ville intelligente » a été présenté aux habitants.");
    assertEquals(1, qs.size());
    assertFalse(qs.get(0).speech());
    assertNull(qs.get(0).speaker());
  }

  @Test
  void quotationOverSeveralParagraphsIsOne() {
    String text = "Le président a ensuite pris la parole : « Nous avons traversé une année difficile.\n\n"
        + "« Mais nous avons tenu bon, ensemble, et nous continuerons. »\n\nLa salle a applaudi.";
    List<Quote> qs = quotes(text);
    assertEquals(1, qs.size());
    assertTrue(qs.get(0).text().contains("difficile") && qs.get(0).text().contains("continuerons"));
    assertEquals("Le président", speaker(qs.get(0)));
  }

  @Test
  void straightQuotesOverParagraphsThatDoNotReopenAreOne() {
    String text = "La réunion s'est achevée tard.\n\"Il faut tenir bon et rester unis.\n"
        + "Les mêmes qui doutaient hier nous soutiennent aujourd'hui.\n"
        + "Laissez-les parler, nous avons à agir\", a conclu Marc Dumas.\nLa salle a applaudi \"longuement\".";
    List<Quote> qs = quotes(text);
    assertTrue(qs.get(0).text().contains("unis") && qs.get(0).text().contains("agir"), qs.toString());
    assertEquals("Marc Dumas", speaker(qs.get(0)));
    assertEquals("longuement", qs.get(1).text());
  }

  @Test
  void anInchMarkDoesNotCloseAnOpenQuotationOfAnEarlierParagraph() {
    String text = "The coach praised the recruit as \"the future of this club.\n\nHe is 6'2\" and fast.";
    assertTrue(quotes(text).stream().noneMatch(q -> q.text().contains("fast") || q.text().contains("6'2")),
        quotes(text).toString());
  }

  @Test
  void nestedQuotesBelongToTheOuterQuotation() {
    List<Quote> qs = quotes("« Il m’a dit “je reviendrai demain” et il n’est jamais revenu », raconte Anne Morel.");
    assertEquals(1, qs.size());
    assertEquals("Anne Morel", speaker(qs.get(0)));
  }

  @Test
  void englishQuotesBothOrders() {
    List<Quote> qs = quotes("\"We will not back down from this fight,\" Senator Jane Walker said on Monday. "
        + "She told reporters: “The vote will happen next week whatever the cost.” "
        + "“It is a disgrace,” said John Reyes, a union leader.");
    assertEquals(3, qs.size());
    assertEquals("Senator Jane Walker", speaker(qs.get(0)));
    assertEquals("Senator Jane Walker", speaker(qs.get(1)));
    assertEquals(Attribution.PRONOUN, qs.get(1).speaker().how());
    assertEquals("John Reyes", speaker(qs.get(2)));
  }

  @Test
  void englishAccordingTo() {
    Quote q = quotes("The talks \"ended without any agreement on the key issues,\" according to a senior diplomat.").get(0);
    assertEquals("a senior diplomat", speaker(q));
  }

  @Test
  void ambiguousVerbWithoutComplementIsNotTheFrame() {
    List<Quote> qs = quotes("Le texte soutient l’effort de la région contre ces voisins « dangereux et agressifs pour tous ».");
    assertEquals(1, qs.size());
    assertNull(qs.get(0).verb(), "« soutient l’effort » does not report the quoted words");
    assertEquals("Le texte", speaker(qs.get(0)), "an unframed quotation is the sentence subject's");
  }
}
