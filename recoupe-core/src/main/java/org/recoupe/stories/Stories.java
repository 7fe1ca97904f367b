package org.recoupe.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Story clustering of a finite batch: a plain function over immutable article features. */
public final class Stories {
  private Stories() {}

  /**
   * The stories of {@code articles}, sorted by id; the whole batch is one reorder buffer, so the
   * input order does not matter.
   */
  public static List<Story> cluster(Collection<StoryFeatures> articles, StoryConfig config) {
    List<Story> out = new ArrayList<>();
    StoryConfig whole = config.withBuffer(Integer.MAX_VALUE, Math.max(config.reorderCapacity(), articles.size()));
    StoryClusterer clusterer = new StoryClusterer(whole, out::add);
    articles.forEach(clusterer::add);
    clusterer.finish();
    out.sort(Comparator.comparing(Story::id));
    return List.copyOf(out);
  }
}
