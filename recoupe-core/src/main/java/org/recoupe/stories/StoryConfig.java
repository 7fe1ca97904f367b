package org.recoupe.stories;

/**
 * Settings of {@link StoryClusterer}.
 *
 * @param windowDays a story with no new article for this many days (by publication date) is
 *     closed and emitted; its articles can no longer be joined
 * @param maxSpanDays a story is closed once its first article is this many days older than the
 *     newest (an event, not a topic: without it a story can chain on for ever)
 * @param latenessDays how late an article may arrive and still be placed exactly as if the stream
 *     had been in order: a day's articles are placed once an article dated more than this many
 *     days later has arrived
 * @param reorderCapacity the most articles held back for reordering (bounds memory; articles
 *     without a date wait here until the end of the stream or until the buffer is full)
 * @param maxLiveStories the most open stories; beyond it the least recently updated is closed
 * @param threshold the similarity an article needs to join a story (else it starts one)
 * @param mergeThreshold the centroid similarity at which two open stories are merged
 * @param entityWeight the share of entities in the similarity of an article to a story that has no
 *     article in its language (0 to 1), key terms having the rest; within a language, key terms
 *     alone decide (names are key terms too)
 * @param dateWeight how much a disagreeing date lowers a similarity (0 to 1): an article's date
 *     (its publication date, else the day its text points to) more than {@code dateToleranceDays}
 *     from its story's (the day around which most of the story's dated articles lie), or two
 *     stories' dates that far apart, multiply the similarity by {@code 1 - dateWeight}
 * @param dateToleranceDays how far apart two dates may be and still agree
 * @param articleFeatures features kept per article vector (terms and entities each)
 * @param centroidFeatures features kept per story centroid (terms and entities each)
 * @param lookupFeatures heaviest article features used to find candidate stories
 * @param dfBits log2 of the size of the hashed document-frequency table
 * @param dfHalfLife every this many articles, document frequencies (and the article count) are
 *     halved, so they describe recent news and the counters stay bounded
 * @param sharedPassages sentences (not quotations) two articles must share to count as the same
 *     copy: one origin, and the same story
 */
public record StoryConfig(
    int windowDays,
    int maxSpanDays,
    int latenessDays,
    int reorderCapacity,
    int maxLiveStories,
    double threshold,
    double mergeThreshold,
    double entityWeight,
    double dateWeight,
    int dateToleranceDays,
    int articleFeatures,
    int centroidFeatures,
    int lookupFeatures,
    int dfBits,
    int dfHalfLife,
    int sharedPassages) {

  /**
   * The defaults used by {@code recoupe eval stories}, {@code recoupe bench stories} and {@code
   * recoupe analyze}; join, merge, date weight and tolerance were chosen on RPM2 topics T01-T10
   * (docs/quality.md).
   */
  public static final StoryConfig DEFAULTS =
      new StoryConfig(5, 21, 2, 20_000, 50_000, 0.12, 0.35, 0.5, 0.8, 45, 80, 300, 12, 20, 50_000, 2);

  /** Checks the ranges. */
  public StoryConfig {
    if (windowDays < 1 || maxSpanDays < windowDays || latenessDays < 0 || reorderCapacity < 1 || maxLiveStories < 1
        || articleFeatures < 1 || centroidFeatures < articleFeatures || lookupFeatures < 1
        || dfBits < 8 || dfBits > 28 || dfHalfLife < 1 || sharedPassages < 1 || entityWeight < 0 || entityWeight > 1
        || dateWeight < 0 || dateWeight > 1 || dateToleranceDays < 0) {
      throw new IllegalArgumentException("bad story settings: " + this);
    }
  }

  /** A copy with other join and merge thresholds. */
  public StoryConfig withThresholds(double join, double merge) {
    return new StoryConfig(windowDays, maxSpanDays, latenessDays, reorderCapacity, maxLiveStories, join, merge,
        entityWeight, dateWeight, dateToleranceDays, articleFeatures, centroidFeatures, lookupFeatures, dfBits, dfHalfLife, sharedPassages);
  }

  /** A copy with another reorder buffer. */
  public StoryConfig withBuffer(int lateness, int capacity) {
    return new StoryConfig(windowDays, maxSpanDays, lateness, capacity, maxLiveStories, threshold, mergeThreshold,
        entityWeight, dateWeight, dateToleranceDays, articleFeatures, centroidFeatures, lookupFeatures, dfBits, dfHalfLife, sharedPassages);
  }

  /** A copy with another weight and tolerance of dates. */
  public StoryConfig withDates(double weight, int toleranceDays) {
    return new StoryConfig(windowDays, maxSpanDays, latenessDays, reorderCapacity, maxLiveStories, threshold,
        mergeThreshold, entityWeight, weight, toleranceDays, articleFeatures, centroidFeatures,
        lookupFeatures, dfBits, dfHalfLife, sharedPassages);
  }

  /** A copy with another share of entities across languages. */
  public StoryConfig withEntityWeight(double entities) {
    return new StoryConfig(windowDays, maxSpanDays, latenessDays, reorderCapacity, maxLiveStories, threshold,
        mergeThreshold, entities, dateWeight, dateToleranceDays, articleFeatures, centroidFeatures, lookupFeatures, dfBits, dfHalfLife, sharedPassages);
  }
}
