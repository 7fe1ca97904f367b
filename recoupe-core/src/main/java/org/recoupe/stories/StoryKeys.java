package org.recoupe.stories;

import org.recoupe.document.Key;

/** The annotation keys of the stories capability. */
public final class StoryKeys {
  private StoryKeys() {}

  /** The article's story features. Provided by {@link StoryFeaturesStage}. */
  public static final Key<StoryFeatures> FEATURES = Key.of("storyFeatures", StoryFeatures.class);
}
