package org.recoupe.dedup;

import java.util.List;
import java.util.Objects;

/**
 * The sentences of one article, ready for near-duplicate search.
 *
 * @param id the article id
 * @param passages its sentences with signatures, in text order
 */
public record ArticlePassages(String id, List<Passage> passages) {
  /** Defensive copy. */
  public ArticlePassages {
    Objects.requireNonNull(id, "id");
    passages = List.copyOf(passages);
  }
}
