package org.recoupe.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Span;

class NearDuplicatesTest {
  private static ArticlePassages article(String id, String text) {
    return new ArticlePassages(id, Passages.DEFAULT.of(text, List.of(new Span(0, text.length()))));
  }

  @Test
  void findsALightlyEditedSentenceAndNothingElse() {
    String a = "Le ministre a indiqué mardi que la réforme des retraites serait présentée au Parlement avant l'été. "
        + "Les syndicats appellent à manifester jeudi.";
    String b = "Le ministre a expliqué mardi que la réforme des retraites serait présentée au Parlement dès avant l'été. "
        + "La météo annonce de fortes pluies sur la Bretagne pendant tout le week-end prochain.";
    String c = "La réforme des retraites divise la majorité, qui redoute un vote serré au Parlement avant l'été prochain.";
    Map<String, List<PassageMatch>> found = NearDuplicates.find(List.of(article("c", c), article("b", b), article("a", a)));
    assertEquals(1, found.get("a").size(), found.toString());
    PassageMatch m = found.get("a").get(0);
    assertEquals("b", m.other());
    assertTrue(a.substring(m.passage().start(), m.passage().end()).startsWith("Le ministre a indiqué"));
    assertTrue(b.substring(m.otherPassage().start(), m.otherPassage().end()).startsWith("Le ministre a expliqué"));
    assertFalse(found.containsKey("c"), "a sentence on the same topic is not a copy");
    assertEquals(m.reversed(), found.get("b").get(0));
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    ArticlePassages a = article("a", "Selon la police, plusieurs milliers de personnes ont défilé samedi dans les rues de Lyon contre le projet.");
    ArticlePassages b = article("b", "Selon la police, plusieurs milliers de personnes ont défilé samedi dans les rues de Lyon contre ce projet.");
    assertEquals(NearDuplicates.find(List.of(a, b)), NearDuplicates.find(List.of(b, a)));
  }

  @Test
  void quotationsAreFlagged() {
    String q = "« Nous ne céderons rien sur le fond de cette réforme, ni maintenant ni plus tard », a-t-il dit.";
    Map<String, List<PassageMatch>> found = NearDuplicates.find(List.of(article("a", q), article("b", q)));
    assertTrue(found.get("a").get(0).quoted());
  }

  @Test
  void expiredBucketsAreForgotten() {
    PassageIndex index = PassageIndex.createDefault();
    String s = "Le conseil municipal a voté lundi soir la construction d'une nouvelle piscine près de la gare.";
    index.add(article("old", s), 1);
    assertEquals(1, index.add(article("new", s), 2).size());
    index.expireBefore(2);
    assertEquals(1, index.size());
    List<PassageMatch> later = index.add(article("later", s), 3);
    assertEquals(List.of("new"), later.stream().map(PassageMatch::other).toList());
  }

  @Test
  void sentencesAreNotCutAfterTitles() {
    String text = "M. Dupont a rencontré le maire. Il est reparti.";
    List<Span> spans = Sentences.split(text, new Span(0, text.length()));
    assertEquals(2, spans.size());
    assertEquals("M. Dupont a rencontré le maire.", spans.get(0).of(text));
  }

  @Test
  void similarityEstimatesJaccard() {
    MinHasher hasher = new MinHasher(200, 3);
    WordShingles shingles = new WordShingles(1);
    String x = "un deux trois quatre cinq six sept huit";
    String y = "un deux trois quatre neuf dix onze douze";
    double s = hasher.signature(shingles.shingles(WordShingles.words(x, 0, x.length())))
        .similarity(hasher.signature(shingles.shingles(WordShingles.words(y, 0, y.length()))));
    assertTrue(Math.abs(s - 4.0 / 12) < 0.1, "estimate " + s + " for a Jaccard of 1/3");
  }
}
