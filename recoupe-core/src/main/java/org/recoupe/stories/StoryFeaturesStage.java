package org.recoupe.stories;

import java.util.Set;
import org.recoupe.document.Document;
import org.recoupe.document.Key;
import org.recoupe.document.Keys;
import org.recoupe.pipeline.Stage;

/**
 * The per-article half of story building: computes {@link StoryFeatures} (stored under {@link
 * StoryKeys#FEATURES}); the cross-document half ({@link StoryClusterer}, {@link Stories}) runs on
 * those values.
 */
public final class StoryFeaturesStage implements Stage {
  private final StoryFeatureExtractor extractor;

  /** The stage with the default extractor. */
  public StoryFeaturesStage() {
    this(new StoryFeatureExtractor());
  }

  /** The stage with a given extractor (e.g. one using canonical entity ids). */
  public StoryFeaturesStage(StoryFeatureExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public String name() {
    return "story-features";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, Keys.METADATA, Keys.PARAGRAPHS);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(StoryKeys.FEATURES);
  }

  @Override
  public Document apply(Document document) {
    return document.with(StoryKeys.FEATURES, extractor.extract(document));
  }
}
