package org.recoupe.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoupe.dedup.NearDuplicates;
import org.recoupe.dedup.PassageMatch;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.pipeline.Pipeline;

/** The five seed articles (read from ../shared/seeds) tell one event; two of them share AFP copy. */
class SeedStoriesTest {
  private static final StoryFeaturesStage STAGE = new StoryFeaturesStage();

  private static List<StoryFeatures> features(List<Document> docs) {
    return docs.stream().map(d -> STAGE.apply(d).get(StoryKeys.FEATURES)).toList();
  }

  @Test
  void sharedPassagesAreFoundBetweenTheTwoAgencyCopies() {
    List<Document> seeds = TestArticles.seeds(Metadata.EMPTY);
    List<StoryFeatures> f = features(seeds);
    Map<String, List<PassageMatch>> found = NearDuplicates.find(f.stream().map(StoryFeatures::articlePassages).toList());
    String text000 = seeds.get(0).get(Keys.TEXT);
    List<PassageMatch> with004 = found.get("seed000").stream().filter(m -> m.other().equals("seed004")).toList();
    assertEquals(2, with004.size(), found.toString());
    assertTrue(with004.stream().anyMatch(m -> m.passage().of(text000).startsWith("Selon les agences de presse russes")));
    assertTrue(with004.stream().anyMatch(m -> m.passage().of(text000).startsWith("Le Kremlin avait expliqué")));
  }

  @Test
  void theStageRunsAfterCleaningAndMetadata() {
    Pipeline ok = Pipeline.of(java.util.Set.of(Keys.TEXT, Keys.METADATA, Keys.PARAGRAPHS), List.of(STAGE));
    Document done = ok.apply(TestArticles.seeds(Metadata.EMPTY).get(4));
    assertEquals("seed004", done.get(StoryKeys.FEATURES).id());
    assertThrows(IllegalArgumentException.class,
        () -> Pipeline.of(java.util.Set.of(Keys.TEXT, Keys.METADATA), List.of(STAGE)));
  }

  @Test
  void fiveArticlesFourOrigins() {
    List<Story> stories = Stories.cluster(features(TestArticles.seeds(Metadata.EMPTY)), StoryConfig.DEFAULTS);
    assertEquals(1, stories.size(), stories.toString());
    Story story = stories.get(0);
    assertEquals(5, story.size());
    assertEquals(4, story.independentOrigins());
    assertTrue(story.origins().contains(List.of("seed000", "seed004")), story.origins().toString());
  }

  @Test
  void creditingTheSameAgencyJoinsOrigins() {
    List<Document> seeds = TestArticles.seeds(Metadata.EMPTY);
    List<StoryFeatures> f = features(seeds).stream()
        .map(x -> x.id().equals("seed000") || x.id().equals("seed002")
            ? new StoryFeatures(x.id(), x.published(), x.language(), x.terms(), x.entities(), x.textDate(), x.passages(), List.of("AFP"))
            : x)
        .toList();
    Story story = Stories.cluster(f, StoryConfig.DEFAULTS).get(0);
    assertEquals(3, story.independentOrigins(), story.origins().toString());
    assertTrue(story.origins().contains(List.of("seed000", "seed002", "seed004")));
  }
}
