package org.recoupe.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.recoupe.app.output.ArticleJson;
import org.recoupe.app.output.EntityTableJson;
import org.recoupe.app.output.RunReport;
import org.recoupe.app.output.SourceText;
import org.recoupe.app.output.StoryHtml;
import org.recoupe.app.output.StoryJson;
import org.recoupe.app.output.StoryMarkdown;
import org.recoupe.brief.BriefBuilder;
import org.recoupe.brief.StoryReport;
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
  private final int summaryWords;
  private final List<Document> analysed = new ArrayList<>();

  Analysis(IngestOptions ingestOptions, int threads, Progress progress, int summaryWords) {
    this.ingestOptions = ingestOptions;
    this.threads = threads;
    this.progress = progress;
    this.summaryWords = summaryWords;
  }

  RunReport run(List<Path> inputs, Path out) throws IOException {
    Path articles = out.resolve("articles");
    Files.createDirectories(articles);
    Pipeline pipeline = StandardPipeline.full();
    RunReport.Builder report = RunReport.builder(inputs);
    List<Future<?>> pending = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      new Ingestor(ingestOptions)
          .ingest(
              inputs,
              new IngestSink() {
                @Override
                public void accept(Document document) {
                  pending.add(pool.submit(() -> analyse(pipeline, document, articles, report)));
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
    RunReport result = report.build();
    List<Document> done;
    synchronized (analysed) {
      done = List.copyOf(analysed);
    }
    Map<String, LocalEntities> entities = new TreeMap<>();
    done.forEach(d -> d.find(EntityKeys.ENTITIES).ifPresent(e -> entities.put(d.id(), e)));
    EntityTableJson.write(EntityMerging.merge(entities), out.resolve("entities.json"));
    result = result.withStories(writeStories(done, out));
    result.write(out.resolve("run.json"));
    return result;
  }

  /** Groups the analysed articles into stories and writes each story's files (JSON, Markdown, HTML page). */
  private List<RunReport.StoryLine> writeStories(List<Document> docs, Path out) throws IOException {
    List<RunReport.StoryLine> lines = new ArrayList<>();
    if (docs.isEmpty()) {
      return lines;
    }
    for (StoryGroups.Group group : StoryGroups.of(docs)) {
      StoryReport story = new BriefBuilder(summaryWords).build(group.id(), group.articles(), group.origins());
      Path dir = out.resolve("stories").resolve(story.id());
      Files.createDirectories(dir);
      StoryJson.write(story, dir.resolve("story.json"));
      StoryMarkdown.write(story, dir.resolve("story.md"));
      StoryHtml.write(story, group.articles().stream().map(SourceText::of).toList(), dir.resolve("story.html"));
      lines.add(new RunReport.StoryLine(story.id(), story.brief().headline(), story.articles().size(),
          story.origins().size(), story.conflicts().size(), dir.resolve("story.html")));
    }
    return lines;
  }

  private void analyse(Pipeline pipeline, Document document, Path articles, RunReport.Builder report) {
    try {
      Document done = pipeline.apply(document);
      synchronized (analysed) {
        analysed.add(done);
      }
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
