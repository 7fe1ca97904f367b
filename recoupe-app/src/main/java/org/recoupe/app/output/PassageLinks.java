package org.recoupe.app.output;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recoupe.brief.ArticleRef;
import org.recoupe.brief.StoryReport;
import org.recoupe.document.Span;

/**
 * Resolves what a story page cites, an article or a span of its text, to the element ids of the
 * page's source texts: {@code a3} is article [3], {@code a3-s12} its sentence 12 (from 0).
 */
final class PassageLinks {
  /**
   * Where a citation points.
   *
   * @param number the article's citation number
   * @param first the id of the first element cited (a sentence, or the article when no sentence
   *     covers the span)
   * @param last the id of the last sentence cited; {@code first} when one element is cited
   */
  record Link(int number, String first, String last) {}

  private final Map<String, Integer> numbers = new HashMap<>();
  private final Map<String, SourceText> texts = new HashMap<>();

  PassageLinks(StoryReport story, List<SourceText> sources) {
    for (ArticleRef a : story.articles()) {
      numbers.put(a.id(), a.number());
    }
    for (SourceText s : sources) {
      texts.put(s.articleId(), s);
    }
  }

  /** The id of article {@code number}'s text on the page. */
  static String articleId(int number) {
    return "a" + number;
  }

  /** The id of sentence {@code index} (from 0) of article {@code number}. */
  static String sentenceId(int number, int index) {
    return "a" + number + "-s" + index;
  }

  /** The citation number of an article, if it is in the story. */
  Optional<Integer> number(String articleId) {
    return Optional.ofNullable(numbers.get(articleId));
  }

  /** A link to a whole article. */
  Optional<Link> article(String articleId) {
    return number(articleId).map(n -> new Link(n, articleId(n), articleId(n)));
  }

  /**
   * A link to the sentences of {@code articleId} that cover {@code span} (in its cleaned text);
   * to the article itself when its sentences are unknown or none covers the span.
   */
  Optional<Link> passage(String articleId, Span span) {
    Integer n = numbers.get(articleId);
    if (n == null) {
      return Optional.empty();
    }
    int[] covering = covering(articleId, span);
    if (covering == null) {
      return article(articleId);
    }
    return Optional.of(new Link(n, sentenceId(n, covering[0]), sentenceId(n, covering[1])));
  }

  /** The text of the sentences of {@code articleId} that cover {@code span}, if known. */
  Optional<String> sentences(String articleId, Span span) {
    int[] covering = covering(articleId, span);
    if (covering == null) {
      return Optional.empty();
    }
    SourceText source = texts.get(articleId);
    return Optional.of(source.text().substring(source.sentences().get(covering[0]).start(),
        source.sentences().get(covering[1]).end()));
  }

  /** Indexes of the first and last sentences overlapping {@code span}, or {@code null}. */
  private int[] covering(String articleId, Span span) {
    SourceText source = texts.get(articleId);
    List<Span> spans = source == null ? List.of() : source.sentences();
    Span wanted = span.length() > 0 ? span : new Span(span.start(), span.start() + 1);
    int first = -1;
    int last = -1;
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i).overlaps(wanted)) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }
}
