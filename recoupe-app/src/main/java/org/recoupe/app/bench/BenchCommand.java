package org.recoupe.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.ingest.IngestOptions;
import org.recoupe.ingest.IngestSink;
import org.recoupe.ingest.Ingestor;
import org.recoupe.ingest.Problem;
import org.recoupe.pipeline.Pipeline;
import org.recoupe.pipeline.Stage;
import org.recoupe.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recoupe bench CORPUS...}: throughput (articles/s, MB/s, tokens/s) and peak heap of the full
 * pipeline (document layer, mentions, entities), or of one of its stages ({@code --stage}), on a
 * corpus, after a warm-up pass. Single-threaded, so figures are per core.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures speed and peak heap of the analysis pipeline, or of one stage, on a corpus (single thread).",
    subcommands = {StoriesBenchCommand.class, StatementsBenchCommand.class})
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> inputs;

  @Option(names = "--rounds", defaultValue = "5", description = "Measured passes over the corpus (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--stage", paramLabel = "NAME",
      description = "Time only this stage (segment, mentions, entities...); the stages before it run once, untimed.")
  String stage;

  @Option(names = "--time", description = "Also measure time-expression tagging alone (characters/s).")
  boolean time;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (inputs == null || inputs.isEmpty()) {
      spec.commandLine().getErr().println("recoupe bench: name a corpus (or a bench such as 'stories')");
      return 2;
    }
    List<Document> docs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS).ingest(inputs, new IngestSink() {
      @Override
      public void accept(Document document) {
        docs.add(document);
      }

      @Override
      public void reject(Problem problem) {
        problems.add(problem);
      }
    });
    if (docs.isEmpty()) {
      spec.commandLine().getErr().println("recoupe bench: no readable article in " + inputs);
      return 1;
    }
    long bytes = docs.stream().mapToLong(d -> d.get(Keys.ORIGINAL).getBytes(StandardCharsets.UTF_8).length).sum();
    Pipeline pipeline = StandardPipeline.full();
    String measured = "full pipeline";
    if (stage != null) {
      List<Stage> stages = pipeline.stages();
      int at = stages.stream().map(Stage::name).toList().indexOf(stage);
      if (at < 0) {
        spec.commandLine().getErr().println("recoupe bench: no stage '" + stage + "' in "
            + stages.stream().map(Stage::name).toList());
        return 2;
      }
      Pipeline before = Pipeline.of(pipeline.initialKeys(), stages.subList(0, at));
      docs.replaceAll(before::apply);
      pipeline = Pipeline.of(docs.get(0).keys(), stages.subList(at, at + 1));
      measured = "stage " + stage;
    }
    long tokens = 0;
    for (Document d : docs) {
      tokens += tokenCount(pipeline.apply(d));
    }
    resetPeaks();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (Document d : docs) {
        pipeline.apply(d);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double n = (double) docs.size() * rounds;
    out.printf(Locale.ROOT, "%s: %d articles (%.2f MB, %d tokens), %d rounds, %d rejected%n",
        measured, docs.size(), bytes / 1e6, tokens, rounds, problems.size());
    out.printf(Locale.ROOT, "  %.1f articles/s  %.2f MB/s  %.0f tokens/s  peak heap %.0f MB%n",
        n / seconds, bytes * rounds / 1e6 / seconds, tokens * rounds / seconds, peakHeapBytes() / 1e6);
    out.printf(Locale.ROOT,
        "  per CPU second (steadier on a shared machine): %.1f articles/s  %.0f tokens/s%n",
        n / cpuSeconds, tokens * rounds / cpuSeconds);
    if (time) {
      TimeBench.run(docs.stream().map(pipeline::apply).toList(), out);
    }
    return 0;
  }

  private static long tokenCount(Document document) {
    return document.find(Keys.SENTENCES).orElse(List.of()).stream().mapToLong(s -> s.tokens().size()).sum();
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
