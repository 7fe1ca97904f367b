package org.recoupe.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.recoupe.app.output.ArticleJson;
import org.recoupe.app.output.EntityTableJson;
import org.recoupe.app.output.RunReport;
import org.recoupe.document.Document;
import org.recoupe.entities.EntityKeys;
import org.recoupe.entities.EntityMerging;
import org.recoupe.entities.LocalEntities;
import org.recoupe.ingest.IngestOptions;
import org.recoupe.ingest.IngestSink;
import org.recoupe.ingest.Ingestor;
import org.recoupe.ingest.Problem;
import org.recoupe.pipeline.Pipeline;
import org.recoupe.pipeline.StageException;
import org.recoupe.pipeline.StandardPipeline;

/**
 * The embedded runner behind {@code recoupe analyze}: ingests, runs the standard pipeline on a pool
 * of threads, writes each article's JSON, and collects what went wrong without stopping.
 */
final class Analysis {
  private final IngestOptions ingestOptions;
  private final int threads;
  private final Progress progress;

  Analysis(IngestOptions ingestOptions, int threads, Progress progress) {
    this.ingestOptions = ingestOptions;
    this.threads = threads;
    this.progress = progress;
  }

  RunReport run(List<Path> inputs, Path out) throws IOException {
    Path articles = out.resolve("articles");
    Files.createDirectories(articles);
    Pipeline pipeline = StandardPipeline.full();
    RunReport.Builder report = RunReport.builder(inputs);
    Map<String, LocalEntities> entities = new ConcurrentHashMap<>();
    List<Future<?>> pending = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      new Ingestor(ingestOptions)
          .ingest(
              inputs,
              new IngestSink() {
                @Override
                public void accept(Document document) {
                  pending.add(pool.submit(() -> analyse(pipeline, document, articles, report, entities)));
                }

                @Override
                public void reject(Problem problem) {
                  report.rejected(problem);
                  progress.advance(problem.file());
                }
              });
      for (Future<?> f : pending) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("analysis failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
      progress.done();
    }
    EntityTableJson.write(EntityMerging.merge(new TreeMap<>(entities)), out.resolve("entities.json"));
    RunReport result = report.build();
    result.write(out.resolve("run.json"));
    return result;
  }

  private void analyse(Pipeline pipeline, Document document, Path articles, RunReport.Builder report,
      Map<String, LocalEntities> entities) {
    try {
      Document done = pipeline.apply(document);
      done.find(EntityKeys.ENTITIES).ifPresent(e -> entities.put(done.id(), e));
      Path file = articles.resolve(done.id() + ".json");
      ArticleJson.write(done, file);
      report.analysed(done, file);
    } catch (StageException e) {
      report.failed(document, e.stage() + ": " + e.getCause());
    } catch (IOException | RuntimeException e) {
      report.failed(document, e.toString());
    } finally {
      progress.advance(document.id());
    }
  }
}
