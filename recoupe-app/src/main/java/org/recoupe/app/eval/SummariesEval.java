package org.recoupe.app.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.recoupe.app.output.Json;
import org.recoupe.brief.Passage;
import org.recoupe.brief.Summarizer;
import org.recoupe.brief.SummaryPoint;
import org.recoupe.document.Document;
import org.recoupe.document.Format;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Sentence;
import org.recoupe.document.SourceRef;
import org.recoupe.pipeline.Pipeline;
import org.recoupe.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recoupe eval summaries}: ROUGE-1/2/L of 100-word summaries of the 40 RPM2 clusters against
 * their four human summaries, for Recoupe's summarizer and two baselines implemented here: lead (the
 * first sentences of the cluster's first document) and LexRank.
 */
@Command(
    name = "summaries",
    mixinStandardHelpOptions = true,
    description = "ROUGE of Recoupe's summaries against RPM2's human summaries, with lead and LexRank baselines.")
public final class SummariesEval implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "rpm2-french-mds folder.")
  Path data;

  @Option(names = "--words", defaultValue = "100", description = "Summary length in words (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  private final Pipeline pipeline = StandardPipeline.documentLayer();

  @Override
  public Integer call() throws IOException {
    Path dir = SharedData.evalDir(data, "rpm2-french-mds");
    Map<String, List<Path>> clusters = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("Corpus_RPM2_documents"))) {
      files.filter(f -> f.getFileName().toString().endsWith(".txt"))
          .forEach(f -> clusters.computeIfAbsent(f.getFileName().toString().substring(0, 6), k -> new ArrayList<>()).add(f));
    }
    Map<String, double[]> totals = new LinkedHashMap<>();
    for (String system : List.of("recoupe", "lead", "lexrank")) {
      totals.put(system, new double[9]);
    }
    for (Map.Entry<String, List<Path>> cluster : clusters.entrySet()) {
      List<Path> docs = cluster.getValue().stream().sorted().toList();
      List<String> references = references(dir.resolve("Corpus_RPM2_references"), cluster.getKey());
      List<Passage> passages = passages(docs);
      add(totals.get("recoupe"), Rouge.score(truncate(recoupe(passages)), references));
      add(totals.get("lead"), Rouge.score(truncate(lead(passages, docs.get(0))), references));
      add(totals.get("lexrank"), Rouge.score(truncate(join(LexRank.summarize(passages, words))), references));
    }
    print(totals, clusters.size());
    return 0;
  }

  private String recoupe(List<Passage> passages) {
    List<Passage> chosen = new Summarizer().summarize(passages, words).stream().map(SummaryPoint::passage).toList();
    return join(chosen);
  }

  private String lead(List<Passage> passages, Path first) {
    String id = idOf(first);
    return join(passages.stream().filter(p -> p.articleId().equals(id)).toList());
  }

  private static String join(List<Passage> passages) {
    StringBuilder sb = new StringBuilder();
    for (Passage p : passages) {
      sb.append(p.text()).append(' ');
    }
    return sb.toString();
  }

  private String truncate(String text) {
    String[] parts = text.trim().split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(parts, Math.min(parts.length, words)));
  }

  private List<Passage> passages(List<Path> docs) throws IOException {
    List<Passage> out = new ArrayList<>();
    for (Path file : docs) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      String id = idOf(file);
      Document d = pipeline.apply(Document.create(id)
          .with(Keys.SOURCE, new SourceRef(file.toString(), null, Format.TEXT))
          .with(Keys.ORIGINAL, text)
          .with(Keys.HINTS, Metadata.EMPTY.withLanguage("fr")));
      String clean = d.get(Keys.TEXT);
      int index = 0;
      for (Sentence s : d.get(Keys.SENTENCES)) {
        out.add(new Passage(id, id, index++, s.span(), s.span().of(clean)));
      }
    }
    return out;
  }

  private static String idOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".txt".length());
  }

  private static List<String> references(Path dir, String cluster) throws IOException {
    List<String> out = new ArrayList<>();
    for (int a = 1; a <= 4; a++) {
      Path f = dir.resolve(cluster + "_A" + a + ".txt");
      if (Files.isRegularFile(f)) {
        out.add(Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", ""));
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no reference summary for " + cluster + " in " + dir);
    }
    return out;
  }

  private static void add(double[] total, double[] one) {
    for (int i = 0; i < total.length; i++) {
      total[i] += one[i];
    }
  }

  private void print(Map<String, double[]> totals, int clusters) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("clusters", clusters);
    root.put("words", words);
    String[] names = {"rouge1", "rouge2", "rougeL"};
    for (Map.Entry<String, double[]> e : totals.entrySet()) {
      ObjectNode n = root.putObject(e.getKey());
      for (int m = 0; m < 3; m++) {
        ObjectNode r = n.putObject(names[m]);
        r.put("recall", e.getValue()[3 * m] / clusters);
        r.put("precision", e.getValue()[3 * m + 1] / clusters);
        r.put("f1", e.getValue()[3 * m + 2] / clusters);
      }
    }
    if (json) {
      out.println(Json.MAPPER.writeValueAsString(root));
    } else {
      out.printf(Locale.ROOT, "%d clusters, %d-word summaries, 4 human references each (recall / F1)%n", clusters, words);
      for (Map.Entry<String, double[]> e : totals.entrySet()) {
        double[] t = e.getValue();
        out.printf(Locale.ROOT, "%-8s ROUGE-1 %.3f / %.3f   ROUGE-2 %.3f / %.3f   ROUGE-L %.3f / %.3f%n", e.getKey(),
            t[0] / clusters, t[2] / clusters, t[3] / clusters, t[5] / clusters, t[6] / clusters, t[8] / clusters);
      }
    }
    out.flush();
  }
}
