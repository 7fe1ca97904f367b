package org.recoupe.app.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.recoupe.document.Document;
import org.recoupe.ingest.IngestOptions;
import org.recoupe.ingest.IngestSink;
import org.recoupe.ingest.Ingestor;
import org.recoupe.ingest.Problem;
import org.recoupe.pipeline.Pipeline;
import org.recoupe.pipeline.StandardPipeline;

/**
 * The RPM2 French multi-document corpus ({@code ../shared/eval/rpm2-french-mds}): 20 topics, each
 * in two time slices one month apart, 10 articles each. File {@code TNN_CX_DD.txt} is article DD
 * of slice X of topic NN; the gold story is {@code TNN_CX}.
 */
public final class Rpm2Corpus {
  private static final Pattern NAME = Pattern.compile("(?i)(t\\d+_c\\d+)_d?\\d+");

  /** One article: its document (after the document layer) and its gold story label. */
  public record Article(Document document, String story) {}

  private Rpm2Corpus() {}

  /** The folder holding the corpus documents, under {@code evalRoot}. */
  public static Path documents(Path evalRoot) {
    return evalRoot.resolve("rpm2-french-mds").resolve("Corpus_RPM2_documents");
  }

  /** The gold story of a document id ({@code t01_c1_03} → {@code t01_c1}), or null. */
  public static String storyOf(String id) {
    Matcher m = NAME.matcher(id);
    return m.matches() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
  }

  /** The topic of a document id ({@code t01_c1_03} → {@code t01}). */
  public static String topicOf(String id) {
    return id.substring(0, id.indexOf('_'));
  }

  /** The corpus files, sorted by name. */
  public static List<Path> files(Path evalRoot) throws IOException {
    try (Stream<Path> s = Files.list(documents(evalRoot))) {
      return s.filter(p -> storyOf(idOf(p)) != null).sorted().toList();
    }
  }

  /** Every article through ingestion and the document layer, sorted by id. */
  public static List<Article> load(Path evalRoot) throws IOException {
    Pipeline pipeline = StandardPipeline.documentLayer();
    List<Article> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS).ingest(files(evalRoot), new IngestSink() {
      @Override
      public void accept(Document document) {
        out.add(new Article(pipeline.apply(document), storyOf(document.id())));
      }

      @Override
      public void reject(Problem problem) {
        problems.add(problem.toString());
      }
    });
    if (out.isEmpty()) {
      throw new IOException("no RPM2 document under " + documents(evalRoot) + " " + problems);
    }
    out.sort(java.util.Comparator.comparing(a -> a.document().id()));
    return out;
  }

  private static String idOf(Path p) {
    String name = p.getFileName().toString();
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
