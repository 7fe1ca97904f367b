package org.recoupe.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.recoupe.app.eval.Rpm2Corpus;
import org.recoupe.app.eval.SharedData;
import org.recoupe.app.eval.Target;
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
 * {@code recoupe bench stories}: speed and peak heap of near-duplicate search and story clustering
 * (feature extraction on {@code --threads} threads, then the single-threaded clusterer) on a
 * generated stream of articles recombined from real paragraphs. Generation is not timed; it
 * happens in batches so the stream is never held whole.
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "Speed and peak heap of dedup + story clustering on a generated stream (no NLP).")
public final class StoriesBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--articles", defaultValue = "10000", description = "Articles to stream (default: ${DEFAULT-VALUE}).")
  long articles;

  @Option(names = "--data", paramLabel = "DIR", description = "The evaluation data folder (default: ../shared/eval).")
  Path data;

  @Option(names = "--threads", defaultValue = "2", description = "Feature-extraction threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--stories-per-day", defaultValue = "2", description = "Stories starting each publication day (default: ${DEFAULT-VALUE}).")
  int storiesPerDay;

  @Option(names = "--batch", defaultValue = "2000", description = "Articles generated per untimed batch (default: ${DEFAULT-VALUE}).")
  int batch;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<List<String>> pools = SyntheticStories.pools(Rpm2Corpus.load(SharedData.evalDir(data, "")));
    StoryFeatureExtractor extractor = new StoryFeatureExtractor();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      run(pools, extractor, pool, Math.min(articles, 5_000), 1, null);
      System.gc();
      run(pools, extractor, pool, articles, 42, out);
    } finally {
      pool.shutdownNow();
    }
    return 0;
  }

  private void run(List<List<String>> pools, StoryFeatureExtractor extractor, ExecutorService pool,
      long n, long seed, PrintWriter out) throws Exception {
    Scorer scorer = new Scorer();
    StoryClusterer clusterer = new StoryClusterer(StoryConfig.DEFAULTS, scorer);
    SyntheticStories stream = new SyntheticStories(pools, storiesPerDay, n, seed);
    java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    java.util.concurrent.atomic.AtomicLong extractCpu = new java.util.concurrent.atomic.AtomicLong();
    long clusterCpu = 0;
    long extractNanos = 0;
    long clusterNanos = 0;
    int maxOpen = 0;
    long maxRetained = 0;
    long maxUsed = 0;
    while (stream.hasNext()) {
      List<SyntheticStories.Item> items = new ArrayList<>(batch);
      while (items.size() < batch && stream.hasNext()) {
        items.add(stream.next());
      }
      long t0 = System.nanoTime();
      List<Future<List<StoryFeatures>>> parts = new ArrayList<>();
      int chunk = (items.size() + threads - 1) / threads;
      for (int from = 0; from < items.size(); from += chunk) {
        List<SyntheticStories.Item> slice = items.subList(from, Math.min(items.size(), from + chunk));
        parts.add(pool.submit(() -> {
          long c0 = cpu.getCurrentThreadCpuTime();
          List<StoryFeatures> done = slice.stream().map(i -> extractor.extract(i.document())).toList();
          extractCpu.addAndGet(cpu.getCurrentThreadCpuTime() - c0);
          return done;
        }));
      }
      List<StoryFeatures> features = new ArrayList<>(items.size());
      for (Future<List<StoryFeatures>> f : parts) {
        features.addAll(f.get());
      }
      maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      long t1 = System.nanoTime();
      long c1 = cpu.getCurrentThreadCpuTime();
      features.forEach(clusterer::add);
      clusterCpu += cpu.getCurrentThreadCpuTime() - c1;
      long t2 = System.nanoTime();
      extractNanos += t1 - t0;
      clusterNanos += t2 - t1;
      maxOpen = Math.max(maxOpen, clusterer.openStories());
      maxRetained = Math.max(maxRetained, retainedAfterGc());
      maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    long t3 = System.nanoTime();
    long c3 = cpu.getCurrentThreadCpuTime();
    clusterer.finish();
    clusterCpu += cpu.getCurrentThreadCpuTime() - c3;
    clusterNanos += System.nanoTime() - t3;
    if (out == null) {
      return;
    }
    double seconds = (extractNanos + clusterNanos) / 1e9;
    out.printf(Locale.ROOT, "stories bench: %d articles (%d stories/day, %d extraction threads, -Xmx %d MB)%n",
        n, storiesPerDay, threads, Runtime.getRuntime().maxMemory() / (1 << 20));
    out.printf(Locale.ROOT, "  %.0f articles/s  (%.1f s: features %.1f s, dedup + clustering %.1f s)  peak heap %.0f MB (sampled per batch), at most %.0f MB kept after a collection%n",
        n / seconds, seconds, extractNanos / 1e9, clusterNanos / 1e9, maxUsed / 1e6, maxRetained / 1e6);
    double dedicated = extractCpu.get() / 1e9 / threads + clusterCpu / 1e9;
    out.printf(Locale.ROOT, "  CPU time: features %.1f s, dedup + clustering %.1f s; on %d dedicated cores: %.0f articles/s%n",
        extractCpu.get() / 1e9, clusterCpu / 1e9, threads, n / dedicated);
    out.printf(Locale.ROOT, "  %d stories, at most %d open; B-cubed precision %.3f recall %.3f F1 %.3f against the generated labels%n",
        scorer.stories, maxOpen, scorer.precision / n, scorer.recall / n, scorer.f1(n));
    out.println(new Target("articles/s on 2 dedicated cores (issue 6, set for 1,000,000 articles)", 5000, true, "%,.0f").line(n / dedicated));
    out.println(new Target("peak heap MiB (issue 6)", 2048, false, "%,.0f").line(maxUsed / (double) (1 << 20)));
  }

  /** Heap in use just after the latest collection (live data plus what it did not reclaim). */
  private static long retainedAfterGc() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        sum += pool.getCollectionUsage().getUsed();
      }
    }
    return sum;
  }

  /** Streaming B-cubed against the generated labels (every gold story has ten articles). */
  private static final class Scorer implements java.util.function.Consumer<Story> {
    double precision;
    double recall;
    long stories;

    @Override
    public void accept(Story story) {
      stories++;
      Map<String, Integer> byGold = new HashMap<>();
      for (String id : story.articles()) {
        byGold.merge(id.substring(0, id.indexOf('_')), 1, Integer::sum);
      }
      for (int c : byGold.values()) {
        precision += (double) c * c / story.size();
        recall += (double) c * c / SyntheticStories.ARTICLES_PER_STORY;
      }
    }

    double f1(long n) {
      double p = precision / n;
      double r = recall / n;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
