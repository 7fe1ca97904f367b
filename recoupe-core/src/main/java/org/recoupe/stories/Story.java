package org.recoupe.stories;

import java.time.LocalDate;
import java.util.List;

/**
 * A story: the articles that tell the same event, and how many independent origins they have.
 *
 * @param id the smallest article id of the story (stable whatever the input order)
 * @param articles the article ids, sorted
 * @param origins the origin groups: articles sharing copy or crediting the same agency, each
 *     group sorted, groups sorted by their first id
 * @param first the earliest publication date, or {@code null} if none is known
 * @param last the latest publication date, or {@code null} if none is known
 */
public record Story(String id, List<String> articles, List<List<String>> origins, LocalDate first, LocalDate last) {
  /** Copies the lists. */
  public Story {
    articles = List.copyOf(articles);
    origins = origins.stream().map(List::copyOf).toList();
  }

  /** N: the number of articles. */
  public int size() {
    return articles.size();
  }

  /** K: the number of independent origins. */
  public int independentOrigins() {
    return origins.size();
  }
}
