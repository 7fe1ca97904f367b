package org.recoupe.app.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.recoupe.stories.Story;
import org.recoupe.stories.StoryClusterer;
import org.recoupe.stories.StoryConfig;
import org.recoupe.stories.StoryFeatureExtractor;
import org.recoupe.stories.StoryFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recoupe eval stories}: story clustering on RPM2 (40 gold stories of 10 French articles).
 * The 400 articles are shuffled with a fixed seed and streamed through the clusterer; prints
 * B-cubed precision/recall/F1 and the adjusted Rand index, and checks that other shuffles give the
 * same stories. Optionally streams real English pages alongside, as unrelated articles.
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "Story clustering on RPM2 (../shared/eval/rpm2-french-mds): B-cubed P/R/F1 and adjusted Rand index.")
public final class StoriesEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "The evaluation data folder (default: ../shared/eval).")
  Path data;

  @Option(names = "--seed", defaultValue = "42", description = "Shuffle seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--shuffles", defaultValue = "3", description = "Further shuffles checked for identical stories (default: ${DEFAULT-VALUE}).")
  int shuffles;

  @Option(names = "--threshold", description = "Override the join threshold.")
  Double threshold;

  @Option(names = "--merge-threshold", description = "Override the story merge threshold.")
  Double mergeThreshold;

  @Option(names = "--entity-weight", description = "Override the weight of entity features.")
  Double entityWeight;

  @Option(names = "--date-weight", description = "Override how much a disagreeing date lowers a similarity (0 turns dates off).")
  Double dateWeight;

  @Option(names = "--date-tolerance", description = "Override how many days apart two dates may be and agree.")
  Integer dateTolerance;

  @Option(names = "--topics", description = "Score against the 20 topics (both time slices of a topic as one story) instead of the 40 slices.")
  boolean topics;

  @Option(names = "--slice-dates", description = "Diagnostic: give each article a publication date from its time slice (C1: 2008-07-01, C2: 30 days later), as a feed would; the corpus texts carry no dates.")
  boolean sliceDates;

  @Option(names = "--topic-half", description = "Only the topics T01-T10 (first) or T11-T20 (second): tune on one half, report on the other.")
  String topicHalf;

  @Option(names = "--english", description = "Also stream the article-extraction benchmark's 181 real English pages (unrelated to RPM2) and count those put in a story with an RPM2 article; RPM2 is scored alone.")
  boolean english;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    // the shuffled sample is one batch: the reorder buffer holds it whole (see StoryClusterer)
    StoryConfig config = StoryConfig.DEFAULTS.withBuffer(Integer.MAX_VALUE, Integer.MAX_VALUE);
    config = config.withThresholds(threshold != null ? threshold : config.threshold(),
        mergeThreshold != null ? mergeThreshold : config.mergeThreshold());
    config = config.withEntityWeight(entityWeight != null ? entityWeight : config.entityWeight());
    config = config.withDates(dateWeight != null ? dateWeight : config.dateWeight(),
        dateTolerance != null ? dateTolerance : config.dateToleranceDays());
    StoryFeatureExtractor extractor = new StoryFeatureExtractor();
    List<StoryFeatures> features = new ArrayList<>();
    Map<String, String> gold = new TreeMap<>();
    for (Rpm2Corpus.Article a : Rpm2Corpus.load(SharedData.evalDir(data, ""))) {
      if (!inHalf(a.story())) {
        continue;
      }
      StoryFeatures f = extractor.extract(a.document());
      if (sliceDates) {
        int slice = Integer.parseInt(a.story().substring(a.story().indexOf("_c") + 2));
        f = new StoryFeatures(f.id(), java.time.LocalDate.of(2008, 7, 1).plusDays(30L * (slice - 1)), f.language(),
            f.terms(), f.entities(), f.textDate(), f.passages(), f.agencies());
      }
      features.add(f);
      gold.put(a.document().id(), topics ? Rpm2Corpus.topicOf(a.story()) : a.story());
    }
    long textDated = features.stream().filter(f -> f.textDate() != null).count();
    List<String> pages = new ArrayList<>();
    if (english) {
      for (org.recoupe.document.Document d : EnglishPages.load(SharedData.evalDir(data, ""))) {
        features.add(extractor.extract(d));
        pages.add(d.id());
      }
    }
    Map<String, String> all = run(features, config, seed);
    Map<String, String> predicted = new TreeMap<>(all);
    predicted.keySet().retainAll(gold.keySet());
    ClusteringScores scores = ClusteringScores.of(predicted, gold);
    java.util.Set<String> rpm2Stories = new java.util.HashSet<>(predicted.values());
    long pagesWithRpm2 = pages.stream().filter(p -> rpm2Stories.contains(all.get(p))).count();
    long pageStories = pages.stream().map(all::get).distinct().count();
    int stable = 0;
    for (int s = 1; s <= shuffles; s++) {
      if (run(features, config, seed + s).equals(all)) {
        stable++;
      }
    }
    long stories = predicted.values().stream().distinct().count();
    long goldStories = gold.values().stream().distinct().count();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articles", gold.size());
      m.put("goldStories", goldStories);
      m.put("stories", stories);
      m.put("bcubedPrecision", scores.precision());
      m.put("bcubedRecall", scores.recall());
      m.put("bcubedF1", scores.f1());
      m.put("adjustedRand", scores.adjustedRand());
      m.put("textDated", textDated);
      if (english) {
        m.put("englishPages", pages.size());
        m.put("englishPagesWithRpm2", pagesWithRpm2);
        m.put("englishPageStories", pageStories);
      }
      m.put("identicalShuffles", stable);
      m.put("shuffles", shuffles);
      out.println(org.recoupe.app.output.Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(m));
    } else {
      out.printf(Locale.ROOT, "stories on RPM2: %d articles, %d gold stories, %d predicted (shuffle seed %d, join %.2f, merge %.2f)%n",
          gold.size(), goldStories, stories, seed, config.threshold(), config.mergeThreshold());
      out.printf(Locale.ROOT, "  B-cubed precision %.3f  recall %.3f  F1 %.3f%n", scores.precision(), scores.recall(), scores.f1());
      out.printf(Locale.ROOT, "  adjusted Rand index %.3f%n", scores.adjustedRand());
      if (!topics && topicHalf == null && !sliceDates) {
        out.println(Target.atLeast("B-cubed F1 (issue 6, 40 slices)", 0.95).line(scores.f1()));
      }
      out.printf(Locale.ROOT, "  dated from their text: %d of %d articles (date weight %.2f, tolerance %d days)%n",
          textDated, gold.size(), config.dateWeight(), config.dateToleranceDays());
      if (english) {
        out.printf(Locale.ROOT, "  English pages: %d, in %d stories; in a story with an RPM2 article: %d%n",
            pages.size(), pageStories, pagesWithRpm2);
      }
      out.printf(Locale.ROOT, "  identical stories under %d other shuffles: %d/%d%n", shuffles, stable, shuffles);
    }
    return 0;
  }

  private boolean inHalf(String story) {
    if (topicHalf == null) {
      return true;
    }
    int topic = Integer.parseInt(Rpm2Corpus.topicOf(story).substring(1));
    return switch (topicHalf) {
      case "first" -> topic <= 10;
      case "second" -> topic > 10;
      default -> throw new IllegalArgumentException("--topic-half is first or second, not " + topicHalf);
    };
  }

  /** Article id → story id after streaming {@code features} in an order shuffled by {@code seed}. */
  static Map<String, String> run(List<StoryFeatures> features, StoryConfig config, long seed) {
    List<StoryFeatures> order = new ArrayList<>(features);
    Collections.shuffle(order, new Random(seed));
    Map<String, String> out = new TreeMap<>();
    StoryClusterer clusterer = new StoryClusterer(config, (Story s) -> s.articles().forEach(a -> out.put(a, s.id())));
    order.forEach(clusterer::add);
    clusterer.finish();
    return out;
  }
}
