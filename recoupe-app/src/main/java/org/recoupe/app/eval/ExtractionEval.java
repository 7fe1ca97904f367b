package org.recoupe.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.recoupe.app.output.Json;
import org.recoupe.clean.TextCleaning;
import org.recoupe.document.Document;
import org.recoupe.document.Format;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.SourceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recoupe eval extraction}: main-text extraction and boilerplate removal, scored on the
 * article-extraction-benchmark (181 pages) with its own shingle measure, in two settings — the HTML
 * pages as input, and the pages' whole visible text ({@code output/html-text.json}) as input — and
 * on the French pages of the trafilatura evaluation set (snippets that must and must not appear).
 */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = "Scores main-text extraction (HTML) and boilerplate removal (plain text).")
public final class ExtractionEval implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "article-extraction-benchmark folder.")
  Path data;

  @Option(names = "--fr-data", paramLabel = "DIR", description = "trafilatura-eval-fr-subset folder.")
  Path frData;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Score a benchmark predictions file (e.g. output/trafilatura.json) instead of Recoupe.")
  Path predictions;

  @Option(names = "--verbose", paramLabel = "N", arity = "0..1", fallbackValue = "20",
      description = "Also list the N worst documents of each setting by F1 (default 20), with precision and recall.")
  Integer worst;

  @Option(names = "--dump", paramLabel = "DIR",
      description = "Write each HTML page's extracted text and gold text to DIR (<id>.pred.txt, <id>.gold.txt).")
  Path dump;

  @Option(names = "--speed", description = "Also time HTML extraction alone on the benchmark pages "
      + "(single thread, one warm-up pass, three measured passes).")
  boolean speed;

  private final TextCleaning cleaning = new TextCleaning();

  @Override
  public Integer call() throws IOException {
    Path bench = SharedData.evalDir(data, "article-extraction-benchmark");
    Map<String, String> gold = bodies(Json.MAPPER.readTree(bench.resolve("ground-truth.json").toFile()));
    ObjectNode result = Json.MAPPER.createObjectNode();
    if (predictions != null) {
      Map<String, String> pred = bodies(outputOf(Json.MAPPER.readTree(predictions.toFile())));
      result.set("predictions", figures(score(gold, pred)));
    } else {
      result.set("html", figures(scoreHtml(bench, gold)));
      Map<String, String> pageText =
          bodies(outputOf(Json.MAPPER.readTree(bench.resolve("output/html-text.json").toFile())));
      result.set("text", figures(scoreText(gold, pageText)));
      result.set("text-baseline", figures(score(gold, pageText)));
      result.set("fr", scoreFrench(SharedData.evalDir(frData, "trafilatura-eval-fr-subset")));
    }
    if (speed) {
      result.set("speed", speed(bench, gold.keySet()));
    }
    print(result);
    return 0;
  }

  private ObjectNode speed(Path bench, java.util.Set<String> ids) throws IOException {
    List<String> pages = new ArrayList<>();
    long chars = 0;
    for (String id : ids) {
      String html = gunzip(bench.resolve("html").resolve(id + ".html.gz"));
      pages.add(html);
      chars += html.length();
    }
    org.recoupe.extract.HtmlExtractor extractor = new org.recoupe.extract.HtmlExtractor();
    pages.forEach(extractor::extract);
    int rounds = 3;
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      pages.forEach(extractor::extract);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("pages_per_second", rounds * pages.size() / seconds);
    n.put("mb_per_second", rounds * chars / 1e6 / seconds);
    n.put("documents", pages.size());
    return n;
  }

  private void print(ObjectNode result) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.MAPPER.writeValueAsString(result));
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> it = result.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode n = e.getValue();
      if (n.has("pages_per_second")) {
        out.printf(Locale.ROOT, "%-14s %.1f pages/s  %.2f MB/s (million chars/s)  (%d documents, one thread)%n",
            "html speed", n.get("pages_per_second").asDouble(), n.get("mb_per_second").asDouble(),
            n.get("documents").asInt());
        continue;
      }
      out.printf(Locale.ROOT, "%-14s precision=%.3f recall=%.3f F1=%.3f  (%d documents)%n",
          label(e.getKey()), n.get("precision").asDouble(), n.get("recall").asDouble(),
          n.get("f1").asDouble(), n.get("documents").asInt());
    }
    out.flush();
  }

  private static String label(String key) {
    switch (key) {
      case "html": return "html->text";
      case "text": return "text->clean";
      case "text-baseline": return "text as is";
      case "fr": return "fr snippets";
      default: return key;
    }
  }

  private ShingleScore scoreHtml(Path bench, Map<String, String> gold) throws IOException {
    Map<String, String> pred = new java.util.concurrent.ConcurrentHashMap<>();
    List<IOException> errors = new ArrayList<>();
    gold.keySet().parallelStream().forEach(id -> {
      try {
        String html = gunzip(bench.resolve("html").resolve(id + ".html.gz"));
        pred.put(id, clean(id, html, Format.HTML));
      } catch (IOException e) {
        synchronized (errors) {
          errors.add(e);
        }
      }
    });
    if (!errors.isEmpty()) {
      throw errors.get(0);
    }
    if (worst != null) {
      listWorst(gold, pred, bench);
    }
    if (dump != null) {
      Files.createDirectories(dump);
      for (String id : gold.keySet()) {
        Files.writeString(dump.resolve(id + ".pred.txt"), pred.getOrDefault(id, ""), StandardCharsets.UTF_8);
        Files.writeString(dump.resolve(id + ".gold.txt"), gold.get(id), StandardCharsets.UTF_8);
      }
    }
    return score(gold, pred);
  }

  private void listWorst(Map<String, String> gold, Map<String, String> pred, Path bench) throws IOException {
    JsonNode truth = Json.MAPPER.readTree(bench.resolve("ground-truth.json").toFile());
    PrintWriter out = spec.commandLine().getOut();
    gold.keySet().stream()
        .map(id -> {
          ShingleScore one = new ShingleScore();
          one.add(gold.get(id), pred.getOrDefault(id, ""));
          return new Object[] {id, one};
        })
        .sorted((a, b) -> Double.compare(((ShingleScore) a[1]).f1(), ((ShingleScore) b[1]).f1()))
        .limit(worst)
        .forEach(r -> {
          ShingleScore one = (ShingleScore) r[1];
          out.printf(Locale.ROOT, "%s P=%.2f R=%.2f F1=%.2f %s%n", ((String) r[0]).substring(0, 8),
              one.precision(), one.recall(), one.f1(), truth.path((String) r[0]).path("url").asText());
        });
    out.flush();
  }

  private ShingleScore scoreText(Map<String, String> gold, Map<String, String> pageText) {
    Map<String, String> pred = new java.util.concurrent.ConcurrentHashMap<>();
    gold.keySet().parallelStream().forEach(id -> pred.put(id, clean(id, pageText.getOrDefault(id, ""), Format.TEXT)));
    if (worst != null) {
      printWorst(gold, pred);
    }
    return score(gold, pred);
  }

  private void printWorst(Map<String, String> gold, Map<String, String> pred) {
    PrintWriter out = spec.commandLine().getOut();
    List<Map.Entry<String, double[]>> docs = new ArrayList<>();
    for (String id : gold.keySet()) {
      ShingleScore one = new ShingleScore();
      one.add(gold.get(id), pred.getOrDefault(id, ""));
      docs.add(Map.entry(id, new double[] {one.precision(), one.recall(), one.f1()}));
    }
    docs.sort((a, b) -> Double.compare(a.getValue()[2], b.getValue()[2]));
    out.println("worst documents (text->clean):");
    for (Map.Entry<String, double[]> d : docs.subList(0, Math.min(worst, docs.size()))) {
      out.printf(Locale.ROOT, "  P=%.3f R=%.3f F1=%.3f  %s%n",
          d.getValue()[0], d.getValue()[1], d.getValue()[2], d.getKey());
    }
    out.flush();
  }

  private ObjectNode scoreFrench(Path dir) throws IOException {
    JsonNode eval = Json.MAPPER.readTree(dir.resolve("evaldata-fr.json").toFile());
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    int docs = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = eval.fields(); it.hasNext(); ) {
      JsonNode item = it.next().getValue();
      Path file = dir.resolve("html").resolve(item.get("file").asText());
      String html = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8)
          : gunzip(Path.of(file + ".gz"));
      String text = squash(clean(item.get("file").asText(), html, Format.HTML));
      docs++;
      for (JsonNode s : item.path("with")) {
        if (text.contains(squash(s.asText()))) {
          tp++;
        } else {
          fn++;
          detail(item, "missing", s.asText());
        }
      }
      for (JsonNode s : item.path("without")) {
        if (text.contains(squash(s.asText()))) {
          fp++;
          detail(item, "kept", s.asText());
        } else {
          tn++;
        }
      }
    }
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("precision", p);
    n.put("recall", r);
    n.put("f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
    n.put("accuracy", (double) (tp + tn) / Math.max(1, tp + tn + fp + fn));
    n.put("documents", docs);
    return n;
  }

  private void detail(JsonNode item, String what, String snippet) {
    if (worst != null) {
      spec.commandLine().getOut().printf(Locale.ROOT, "fr %s %s: %s%n", item.get("file").asText(), what,
          snippet.length() > 80 ? snippet.substring(0, 80) : snippet);
    }
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  private String clean(String id, String content, Format format) {
    Document doc = Document.create(id)
        .with(Keys.SOURCE, new SourceRef(id, null, format))
        .with(Keys.ORIGINAL, content)
        .with(Keys.HINTS, Metadata.EMPTY);
    return cleaning.apply(doc).get(Keys.TEXT);
  }

  private static ShingleScore score(Map<String, String> gold, Map<String, String> pred) {
    ShingleScore s = new ShingleScore();
    gold.keySet().stream().sorted().forEach(id -> s.add(gold.get(id), pred.getOrDefault(id, "")));
    return s;
  }

  private static ObjectNode figures(ShingleScore s) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("precision", s.precision());
    n.put("recall", s.recall());
    n.put("f1", s.f1());
    n.put("documents", s.count());
    return n;
  }

  private static JsonNode outputOf(JsonNode root) {
    return root.has("output") ? root.get("output") : root;
  }

  private static Map<String, String> bodies(JsonNode byId) {
    Map<String, String> out = new java.util.TreeMap<>();
    byId.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().path("articleBody").asText("")));
    return out;
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
