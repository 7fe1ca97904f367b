package org.recoupe.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoupe.brief.ArticleRef;
import org.recoupe.brief.Brief;
import org.recoupe.brief.StoryReport;
import org.recoupe.document.Span;

class PassageLinksTest {
  private static final String TEXT = "Un. Deux trois.\n\nQuatre.";
  private final StoryReport story = new StoryReport("s", List.of(
      new ArticleRef("x", 1, null, null, null, "x", List.of(), null, "x.txt"),
      new ArticleRef("y", 2, null, null, null, "y", List.of(), null, "y.txt")),
      List.of(List.of("x"), List.of("y")), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
      new Brief("", Map.of(), List.of(), List.of()));
  private final PassageLinks links = new PassageLinks(story, List.of(
      new SourceText("x", TEXT, List.of(new Span(0, 3), new Span(4, 15), new Span(17, 24)), "fr")));

  @Test
  void aSentenceSpanLinksToThatSentence() {
    assertEquals(new PassageLinks.Link(1, "a1-s1", "a1-s1"), links.passage("x", new Span(4, 15)).orElseThrow());
  }

  @Test
  void aSpanInsideASentenceLinksToIt() {
    assertEquals(new PassageLinks.Link(1, "a1-s1", "a1-s1"), links.passage("x", new Span(9, 14)).orElseThrow());
  }

  @Test
  void aSpanOverSeveralSentencesNamesTheFirstAndTheLast() {
    assertEquals(new PassageLinks.Link(1, "a1-s0", "a1-s2"), links.passage("x", new Span(1, 20)).orElseThrow());
  }

  @Test
  void anEmptySpanLinksToTheSentenceItStandsIn() {
    assertEquals(new PassageLinks.Link(1, "a1-s2", "a1-s2"), links.passage("x", new Span(18, 18)).orElseThrow());
  }

  @Test
  void withoutACoveringSentenceTheArticleItselfIsCited() {
    assertEquals(new PassageLinks.Link(1, "a1", "a1"), links.passage("x", new Span(15, 17)).orElseThrow());
    assertEquals(new PassageLinks.Link(2, "a2", "a2"), links.passage("y", new Span(0, 5)).orElseThrow());
  }

  @Test
  void theCoveringSentencesAreQuotedWhole() {
    assertEquals("Deux trois.", links.sentences("x", new Span(9, 14)).orElseThrow());
    assertEquals("Un. Deux trois.", links.sentences("x", new Span(1, 6)).orElseThrow());
    assertTrue(links.sentences("x", new Span(15, 17)).isEmpty());
    assertTrue(links.sentences("y", new Span(0, 1)).isEmpty());
  }

  @Test
  void anArticleOutsideTheStoryIsNotCited() {
    assertTrue(links.passage("z", new Span(0, 1)).isEmpty());
    assertTrue(links.article("z").isEmpty());
  }
}
