package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementGroupingTest {

  private static List<StatementGrouping.Sourced> sourced(String id, String text) {
    return sourced(id, text, null);
  }

  private static List<StatementGrouping.Sourced> sourced(String id, String text, String language) {
    List<StatementGrouping.Sourced> out = new ArrayList<>();
    for (Quote q : new QuoteFinder().find(text, Lines.paragraphs(text))) {
      out.add(new StatementGrouping.Sourced(id, q, null, language));
    }
    return out;
  }

  @Test
  void frenchAndEnglishWordingsOfOneStatementAreGrouped() {
    List<StatementGrouping.Sourced> all = new ArrayList<>();
    all.addAll(sourced("fr", "« Le traité pour un partenariat global signé aujourd’hui prévoit, entre autres, une "
        + "assistance mutuelle en cas d’agression contre une partie du traité », a déclaré M. Poutine.\n\n"
        + "« La Russie est prête à poursuivre ses efforts diplomatiques pour éliminer la menace d’un conflit armé "
        + "dans la péninsule coréenne », a-t-il encore dit.", "fr"));
    all.addAll(sourced("en", "\"The comprehensive partnership agreement signed today provides, among other things, "
        + "for mutual assistance in the event of aggression against one of the parties to this agreement,\" Putin "
        + "said.\n\n\"The Russian Federation does not rule out military-technical cooperation with the DPRK,\" "
        + "Putin added.", "en"));
    List<Statement> statements = new StatementGrouping().group(all);
    assertEquals(3, statements.size());
    Statement treaty = statements.get(0);
    assertEquals(List.of("fr", "en"), treaty.articleIds());
    assertEquals(2, treaty.wordings().size());
  }

  @Test
  void twoTranslationsAndAnExcerptAreOneStatement() {
    List<StatementGrouping.Sourced> all = new ArrayList<>();
    all.addAll(sourced("a", "« L’accord signé aujourd’hui prévoit, entre autres, une aide mutuelle en cas d’attaque "
        + "contre l’un des signataires », a déclaré le ministre Jean Roux."));
    all.addAll(sourced("b", "« Le nouveau traité signé aujourd’hui prévoit, entre autres choses, une aide mutuelle "
        + "en cas d’attaque contre une partie signataire », a affirmé Jean Roux."));
    all.addAll(sourced("c", "Jean Roux a assuré que le texte prévoit « une aide mutuelle en cas d’attaque »."));
    all.addAll(sourced("d", "« Nous refusons toute discussion sur le prix du gaz cet hiver », a déclaré Anna Berg."));
    List<Statement> statements = new StatementGrouping().group(all);
    assertEquals(2, statements.size());
    assertEquals(List.of("a", "b", "c"), statements.get(0).articleIds());
    assertEquals(List.of("d"), statements.get(1).articleIds());
  }

  @Test
  void anExcerptSharedByTwoStatementsDoesNotChainThem() {
    List<StatementGrouping.Sourced> all = new ArrayList<>();
    all.addAll(sourced("a", "« Les dockers ne reprendront pas le travail tant que le gouvernement n’aura pas retiré "
        + "la réforme des retraites », a déclaré Karim Benali.", "fr"));
    all.addAll(sourced("b", "« Nous signerons dès demain si le gouvernement accepte de retirer la réforme des "
        + "retraites portuaires », a affirmé Karim Benali.", "fr"));
    all.addAll(sourced("c", "Karim Benali exige que « le gouvernement retire la réforme des retraites ».", "fr"));
    List<Statement> statements = new StatementGrouping().group(all);
    assertEquals(2, statements.size(), statements.toString());
    assertEquals(1, statements.stream().filter(s -> s.articleIds().contains("c")).count());
    assertTrue(statements.stream().anyMatch(s -> s.articleIds().equals(List.of("a", "c"))), statements.toString());
  }

  @Test
  void sameWordsFromDifferentNamedSpeakersStayApart() {
    List<StatementGrouping.Sourced> all = new ArrayList<>();
    all.addAll(sourced("a", "« Nous sommes prêts à négocier sans conditions préalables », a déclaré Anna Berg."));
    all.addAll(sourced("b", "« Nous sommes prêts à négocier sans conditions préalables », a déclaré Tom Lind."));
    assertEquals(2, new StatementGrouping().group(all).size());
  }
}
