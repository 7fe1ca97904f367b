package org.recoupe.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Span;

class SummarizerTest {

  private static Passage p(String article, String origin, int index, String text) {
    return new Passage(article, origin, index, new Span(0, text.length()), text);
  }

  @Test
  void theFactMostOriginsReportComesFirstAndCitesThem() {
    List<Passage> passages = List.of(
        p("a", "afp", 0, "Le maire de Lyon a inauguré mardi le nouveau pont sur le Rhône devant des centaines d'habitants."),
        p("a", "afp", 1, "La construction a duré quatre ans et coûté quatre-vingts millions d'euros selon la mairie."),
        p("b", "afp", 0, "Le maire de Lyon a inauguré mardi le nouveau pont sur le Rhône devant des habitants."),
        p("c", "local", 0, "Mardi, le maire de Lyon a inauguré le nouveau pont sur le Rhône, attendu depuis des années."),
        p("c", "local", 1, "Un concert gratuit était organisé le soir même sur les quais pour les familles du quartier."),
        p("d", "radio", 0, "Le nouveau pont sur le Rhône a été inauguré mardi par le maire de Lyon."));
    List<SummaryPoint> summary = new Summarizer().summarize(passages, 60);
    SummaryPoint first = summary.get(0);
    assertTrue(first.passage().text().contains("inauguré"), first.passage().text());
    assertEquals(3, first.origins(), "afp, local and radio back it; the two AFP copies count once");
    assertTrue(first.articleIds().containsAll(List.of("a", "b", "c", "d")));
    assertTrue(summary.stream().skip(1).noneMatch(s -> s.passage().text().contains("inauguré")),
        "the same fact is not said twice");
  }

  @Test
  void theBudgetIsRespectedAndTinySentencesAreLeftOut() {
    List<Passage> passages = List.of(
        p("a", "a", 0, "Alerte."),
        p("a", "a", 1, "Un incendie a détruit un entrepôt de la zone industrielle dans la nuit de lundi à mardi."),
        p("b", "b", 0, "Un incendie a ravagé un entrepôt de la zone industrielle lundi soir, sans faire de victime."),
        p("b", "b", 1, "Les pompiers sont restés sur place toute la matinée pour surveiller les fumées."));
    List<SummaryPoint> summary = new Summarizer().summarize(passages, 10);
    assertEquals(1, summary.size());
    assertTrue(summary.stream().noneMatch(s -> s.passage().text().equals("Alerte.")));
  }

  @Test
  void aSentenceGivingAnotherValueDoesNotBackIt() {
    Passage a = p("a", "a", 0, "Les travaux du nouveau pont ont coûté 42 millions d'euros et ont duré quatre ans.");
    Passage b = p("b", "b", 0, "Les travaux du nouveau pont ont coûté 45 millions d'euros et ont duré quatre ans.");
    Passage c = p("c", "c", 0, "Les travaux du nouveau pont ont coûté 45 millions d'euros, pour quatre ans de chantier.");
    Conflict cost = new Conflict("number", "42 against 45", List.of(
        new Conflict.Side("42 millions d'euros", List.of("a"), List.of(a.span()), a.text()),
        new Conflict.Side("45 millions d'euros", List.of("b", "c"), List.of(b.span(), c.span()), b.text())));
    List<SummaryPoint> claims = new Summarizer((x, y) -> false, new Disagreements(List.of(cost))::between)
        .claims(List.of(a, b, c));
    for (SummaryPoint point : claims) {
      boolean says42 = point.passage().text().contains("42");
      assertEquals(says42 ? List.of("a") : List.of("b", "c"), point.articleIds().stream().sorted().toList(),
          point.passage().text());
    }
    assertEquals(3, new Summarizer().claims(List.of(a, b, c)).get(0).origins(),
        "without the conflict, the wording alone would count the other value as support");
  }
}
