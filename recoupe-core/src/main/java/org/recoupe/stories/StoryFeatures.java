package org.recoupe.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.recoupe.dedup.ArticlePassages;
import org.recoupe.dedup.Passage;
import org.recoupe.time.TextDate;

/**
 * What story clustering and source independence need to know about one article: a small immutable
 * record computed once per article (see {@link StoryFeatureExtractor}), so the embedded runner and
 * a distributed job run the same cross-document functions on the same values.
 *
 * @param id the article id
 * @param published the publication date, or {@code null} when unknown
 * @param language ISO 639-1 code of the text's language, or {@code null}
 * @param terms key-term counts: stems from the language's analyzer, hashed ids
 * @param entities named-entity counts, hashed ids of entity keys (see {@link EntityKeys})
 * @param textDate the day the text points to ({@link org.recoupe.time.TextDating}), used when the publication date
 *     is unknown; {@code null} when the text names no day
 * @param passages the article's signed sentences for near-duplicate search
 * @param agencies wire agencies the article credits, as given by its metadata
 */
public record StoryFeatures(
    String id,
    LocalDate published,
    String language,
    SparseVector terms,
    SparseVector entities,
    TextDate textDate,
    List<Passage> passages,
    List<String> agencies) {

  /** Checks and copies the fields. */
  public StoryFeatures {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(entities, "entities");
    passages = List.copyOf(passages);
    agencies = List.copyOf(agencies);
  }

  /** The article's sentences, as near-duplicate search takes them. */
  public ArticlePassages articlePassages() {
    return new ArticlePassages(id, passages);
  }
}
