package org.recoupe.stories;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recoupe.dedup.Hashing;
import org.recoupe.dedup.Passages;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.time.TextDating;

/**
 * Computes an article's {@link StoryFeatures} from its document ({@link Keys#TEXT}, {@link
 * Keys#METADATA}, {@link Keys#PARAGRAPHS}): key terms of title and text, entity keys, the day the
 * text points to when the publication date is unknown, signed sentences, credited agencies. Thread-safe.
 */
public final class StoryFeatureExtractor {
  /** At most this many distinct terms are kept per article (the most frequent). */
  public static final int MAX_TERMS = 300;

  private final KeyTerms terms = new KeyTerms();
  private final EntityKeys entities;
  private final Passages passages;

  /**
   * An extractor with canonical entity keys (from the entities stage when it ran, else from
   * capitalised names) and the default sentence signer.
   */
  public StoryFeatureExtractor() {
    this(new CanonicalEntityKeys(), Passages.DEFAULT);
  }

  /** An extractor with another entity source (e.g. canonical ids) and sentence signer. */
  public StoryFeatureExtractor(EntityKeys entities, Passages passages) {
    this.entities = entities;
    this.passages = passages;
  }

  /** The feature id of an entity key (namespace 'e'). */
  public static int entityId(String key) {
    return Hashing.featureId('e', key);
  }

  /** The features of {@code document}. */
  public StoryFeatures extract(Document document) {
    String text = document.get(Keys.TEXT);
    Metadata meta = document.get(Keys.METADATA);
    String language = meta.language() != null ? meta.language() : LanguageGuess.guess(text);
    String analysed = meta.title() != null ? meta.title() + "\n\n" + text : text;
    Map<Integer, Integer> termCounts = terms.counts(analysed, language);
    Map<Integer, Integer> entityCounts = new HashMap<>();
    for (String key : entities.keys(document)) {
      entityCounts.merge(entityId(key), 1, Integer::sum);
    }
    LocalDate published = meta.published() != null ? meta.published().date() : null;
    return new StoryFeatures(
        document.id(),
        published,
        language,
        SparseVector.of(termCounts).top(MAX_TERMS),
        SparseVector.of(entityCounts).top(MAX_TERMS),
        published == null ? TextDating.estimate(text, language) : null,
        passages.of(text, document.get(Keys.PARAGRAPHS)),
        meta.agencies());
  }
}
