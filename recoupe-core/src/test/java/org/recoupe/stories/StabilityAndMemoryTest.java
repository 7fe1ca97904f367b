package org.recoupe.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Metadata;

/**
 * Streams of real articles (RPM2, read from ../shared/eval at test time) given publication dates:
 * the same stories whatever the arrival order, and memory that follows the window; and the same
 * articles undated, dated from their text, in any order.
 */
class StabilityAndMemoryTest {
  private static final StoryFeatureExtractor EXTRACTOR = new StoryFeatureExtractor();
  private static List<StoryFeatures> articles;
  private static List<StoryFeatures> undated;

  /** 60 articles: 6 RPM2 clusters, dated 4 days apart, 1 day spread within a cluster. */
  @BeforeAll
  static void load() throws IOException {
    Path dir = TestArticles.shared("eval", "rpm2-french-mds", "Corpus_RPM2_documents");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("T0[1-3]_C[12]_\\d+\\.txt")).sorted().toList();
    }
    articles = new ArrayList<>();
    undated = new ArrayList<>();
    LocalDate start = LocalDate.of(2008, 7, 1);
    for (Path f : files) {
      String name = f.getFileName().toString();
      int topic = Integer.parseInt(name.substring(1, 3));
      int slice = name.charAt(5) - '0';
      int doc = Integer.parseInt(name.substring(7, 9));
      LocalDate date = start.plusDays(4L * ((slice - 1) * 3 + topic - 1) + doc % 2);
      String id = name.substring(0, name.indexOf('.')).toLowerCase(java.util.Locale.ROOT);
      String text = Files.readString(f, StandardCharsets.UTF_8);
      articles.add(EXTRACTOR.extract(TestArticles.document(id, text, TestArticles.published(date, "fr"))));
      undated.add(EXTRACTOR.extract(TestArticles.document(id, text, Metadata.EMPTY.withLanguage("fr"))));
    }
    assertEquals(60, articles.size());
  }

  private static List<Story> stream(List<StoryFeatures> order, StoryConfig config) {
    List<Story> out = new ArrayList<>();
    StoryClusterer clusterer = new StoryClusterer(config, out::add);
    order.forEach(clusterer::add);
    clusterer.finish();
    out.sort(java.util.Comparator.comparing(Story::id));
    return out;
  }

  /**
   * Shuffles, then lets each article arrive at most {@code lateness} days after its date (before
   * any article dated later than that).
   */
  private static List<StoryFeatures> disorder(long seed, int lateness) {
    List<StoryFeatures> order = new ArrayList<>(articles);
    Collections.shuffle(order, new Random(seed));
    Random r = new Random(seed + 1);
    List<long[]> keys = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      keys.add(new long[] {order.get(i).published().toEpochDay() + r.nextInt(lateness + 1), i});
    }
    keys.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    return keys.stream().map(k -> order.get((int) k[1])).toList();
  }

  @Test
  void sameStoriesWhateverTheArrivalOrderWithinTheLateness() {
    StoryConfig config = StoryConfig.DEFAULTS;
    List<StoryFeatures> inOrder = new ArrayList<>(articles);
    inOrder.sort(java.util.Comparator.comparing(StoryFeatures::published).thenComparing(StoryFeatures::id));
    List<Story> reference = stream(inOrder, config);
    assertTrue(reference.size() >= 6, reference.toString());
    for (long seed = 1; seed <= 5; seed++) {
      assertEquals(reference, stream(disorder(seed, config.latenessDays()), config), "seed " + seed);
    }
  }

  @Test
  void undatedArticlesDatedFromTheirTextGiveTheSameStoriesInAnyOrder() {
    assertTrue(undated.stream().filter(f -> f.textDate() != null).count() >= 20, "most articles name a day");
    List<Story> reference = Stories.cluster(undated, StoryConfig.DEFAULTS);
    assertTrue(reference.size() >= 6, reference.toString());
    for (long seed = 1; seed <= 3; seed++) {
      List<StoryFeatures> order = new ArrayList<>(undated);
      Collections.shuffle(order, new Random(seed));
      assertEquals(reference, Stories.cluster(order, StoryConfig.DEFAULTS), "seed " + seed);
    }
  }

  @Test
  void oldStoriesAreClosedAndOldSentencesForgottenWhileTheStreamGoesOn() {
    StoryConfig config = StoryConfig.DEFAULTS;
    List<StoryFeatures> inOrder = new ArrayList<>(articles);
    inOrder.sort(java.util.Comparator.comparing(StoryFeatures::published).thenComparing(StoryFeatures::id));
    List<Story> closedEarly = new ArrayList<>();
    StoryClusterer clusterer = new StoryClusterer(config, closedEarly::add);
    inOrder.forEach(clusterer::add);
    LocalDate newest = inOrder.get(inOrder.size() - 1).published();
    assertTrue(closedEarly.size() > 0, "stories are closed while the stream goes on");
    for (Story s : closedEarly) {
      assertTrue(s.last().plusDays(config.windowDays()).isBefore(newest), s.toString());
    }
    long signed = articles.stream().mapToLong(f -> f.passages().size()).sum();
    assertTrue(clusterer.indexedPassages() < signed / 2, clusterer.indexedPassages() + " of " + signed);
    clusterer.finish();
    assertEquals(articles.size(), closedEarly.stream().mapToInt(Story::size).sum());
  }
}
