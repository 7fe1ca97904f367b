package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unusual input never makes {@link QuoteFinder} throw: empty and one-word sentences, a quotation
 * opening or closing the text, clitics, source phrases and descriptions cut off at the end.
 */
class QuoteFinderRobustnessTest {
  private static final String CONTEXT =
      "Le conseil municipal s'est réuni lundi. La maire Claire Fabre a présenté le budget.\n";

  private static List<Quote> quotes(String text) {
    return new QuoteFinder().find(text, Lines.paragraphs(text));
  }

  /** Each text alone, after a context paragraph, without its final period and without its last word. */
  private static void neverThrows(String... texts) {
    for (String t : texts) {
      String cut = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
      int space = cut.lastIndexOf(' ');
      for (String variant : List.of(t, CONTEXT + t, cut, CONTEXT + cut, space < 0 ? "" : cut.substring(0, space))) {
        assertDoesNotThrow(() -> quotes(variant), () -> "threw on: " + variant);
      }
    }
  }

  @Test
  void emptyAndTinyTexts() {
    neverThrows("", " ", "\n\n", ".", "«", "»", "« »", "«»", "\"\"", "“”", "Oui.", "Oui", "l'", "'", "’",
        "qu'", ", « Oui »", "« Oui »", "« Oui ».", "Il : « Oui »", ": « Oui »");
  }

  @Test
  void aQuotationFirstOrLastOrBetweenOddWords() {
    neverThrows("« Nous partirons demain matin », a dit Paul Girard.",
        "Paul Girard a dit : « Nous partirons demain matin »",
        "« Nous partirons demain matin »",
        "« Nous partirons », « demain », « matin »",
        "l'« expansion » d'« autres » qu'« eux »",
        "« Nous partirons demain matin », l'",
        "« Nous partirons demain matin », qu'il",
        "« Nous partirons demain matin », aujourd'hui l'a dit.");
  }

  @Test
  void invertedOnAndCausativesAtTheEnd() {
    neverThrows("« Nous partirons demain matin », a-t-on.",
        "« Nous partirons demain matin », a-t-on ajouté.",
        "« Nous partirons demain matin », a-t-on ajouté dans son entourage.",
        "« Nous partirons demain matin », fait-on.",
        "« Nous partirons demain matin », fait-on observer.",
        "« Nous partirons demain matin », fait-on observer au cabinet du ministre.",
        "« Nous partirons demain matin », explique-t-on à",
        "« Nous partirons demain matin », explique-t-on du côté",
        "« Nous partirons demain matin », peut-on lire dans",
        "« Nous partirons demain matin », fait observer",
        "« Nous partirons demain matin », a fait",
        "« Nous partirons demain matin », a justifié",
        "« Nous partirons demain matin », a indiqué dans la matinée",
        "« Nous partirons demain matin », a de son côté",
        "« Nous partirons demain matin », assure-telle.",
        "« Nous partirons demain matin », dit-til");
  }

  @Test
  void sourcePhrasesCutOff() {
    neverThrows("« Nous partirons demain matin », comme",
        "« Nous partirons demain matin », comme le",
        "« Nous partirons demain matin », comme l'a",
        "« Nous partirons demain matin », comme l'explique",
        "Comme l'explique Paul Girard, « nous partirons demain matin ».",
        "Comme le",
        "« Nous partirons demain matin », à en croire",
        "À en croire Paul Girard, « nous partirons demain matin ».",
        "« Nous partirons demain matin », selon",
        "« Nous partirons demain matin », selon les termes de",
        "Pour",
        "Pour Paul Girard, « nous partirons demain matin ».",
        "Aussi, pour",
        "Aussi, pour sa défense, il a dit « nous partirons ».",
        "Dans l'entourage du ministre, on",
        "Dans l'entourage du ministre, on assure que « nous partirons demain matin ».",
        "Du côté de",
        "Chez Renault, on");
  }

  @Test
  void descriptionsCutOffAfterTheirComplement() {
    neverThrows("Le ministre de", "Le ministre de la", "« Nous partirons demain matin », a dit le ministre de la",
        "Selon le porte-parole du", "Le chef des");
  }

  @Test
  void aDemonstrativeNamedAfterASubordinator() {
    neverThrows("Quand Ça a commencé, il a dit « nous partirons demain matin ».", "Si Ca marche, il est content.",
        "When It was announced, he said “we will leave tomorrow morning”.");
  }

  @Test
  void theSubordinateClauseStillNamesItsSubject() {
    List<Quote> qs =
        quotes("Lorsque Paul Henry est arrivé à la mairie, il a déclaré : « Nous partirons demain matin ».");
    assertEquals("Paul Henry", qs.get(0).speaker().text());
  }
}
