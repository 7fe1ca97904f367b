package org.recoupe.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.recoupe.app.output.Json;
import org.recoupe.document.Document;
import org.recoupe.document.Format;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.SourceRef;
import org.recoupe.pipeline.Pipeline;
import org.recoupe.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recoupe eval metadata}: title, author and date accuracy of the document layer on the
 * French subset of the trafilatura evaluation set (gold metadata in {@code evaldata-fr.json}, pages
 * in {@code html/}, gzipped or not). A field is right when it equals the gold value after case,
 * accent, quote and space folding (authors as a set; dates as the calendar day).
 */
@Command(
    name = "metadata",
    mixinStandardHelpOptions = true,
    description = "Title/author/date accuracy on the trafilatura French evaluation subset.")
public final class MetadataEval implements Callable<Integer> {
  private static final Pattern CHARSET = Pattern.compile("charset=[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final List<String> FIELDS = List.of("title", "author", "date");

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder with evaldata-fr.json and html/ (default: ../shared/eval/trafilatura-eval-fr-subset).")
  Path data;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(names = "--verbose", description = "Print every wrong or missing value.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    data = SharedData.evalDir(data, "trafilatura-eval-fr-subset");
    Path goldFile = data.resolve("evaldata-fr.json");
    if (!Files.isRegularFile(goldFile)) {
      spec.commandLine().getErr().println("recoupe eval metadata: no " + goldFile);
      return 1;
    }
    JsonNode gold = Json.MAPPER.readTree(goldFile.toFile());
    Pipeline pipeline = StandardPipeline.documentLayer();
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (String field : FIELDS) {
      counts.put(field, new int[3]);
    }
    int pages = 0;
    List<String> misses = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode expected = entry.getValue();
      Path page = page(expected.path("file").asText());
      if (page == null) {
        misses.add("missing page for " + entry.getKey());
        continue;
      }
      pages++;
      Document doc = Document.create("page" + pages)
          .with(Keys.SOURCE, new SourceRef(page.toString(), null, Format.HTML))
          .with(Keys.ORIGINAL, read(page))
          .with(Keys.HINTS, Metadata.EMPTY);
      Metadata m = pipeline.apply(doc).get(Keys.METADATA);
      score("title", expected.path("title").asText(""), m.title(), counts, misses, page);
      score("author", expected.path("author").asText(""), m.authors().isEmpty() ? null : String.join("; ", m.authors()),
          counts, misses, page);
      score("date", expected.path("date").asText(""), m.published() == null ? null : m.published().date().toString(),
          counts, misses, page);
    }
    if (json) {
      ObjectNode root = Json.MAPPER.createObjectNode();
      root.put("pages", pages);
      counts.forEach((field, c) -> {
        ObjectNode f = root.putObject(field);
        f.put("gold", c[0]);
        f.put("predicted", c[1]);
        f.put("correct", c[2]);
        f.put("accuracy", ratio(c[2], c[0]));
        f.put("precision", ratio(c[2], c[1]));
        f.put("recall", ratio(c[2], c[0]));
        f.put("f1", f1(c));
      });
      out.println(Json.MAPPER.writeValueAsString(root));
    } else {
      out.printf(Locale.ROOT, "metadata on %d pages of %s%n", pages, data);
      out.printf(Locale.ROOT, "  %-7s %5s %9s %7s %9s %10s %7s %6s%n",
          "field", "gold", "predicted", "correct", "accuracy", "precision", "recall", "F1");
      counts.forEach((field, c) -> out.printf(Locale.ROOT, "  %-7s %5d %9d %7d %9.3f %10.3f %7.3f %6.3f%n",
          field, c[0], c[1], c[2], ratio(c[2], c[0]), ratio(c[2], c[1]), ratio(c[2], c[0]), f1(c)));
      if (verbose) {
        misses.forEach(out::println);
      }
    }
    out.flush();
    return 0;
  }

  /** Counts gold values, predictions for them, and right ones: {gold, predicted, correct}. */
  private static void score(String field, String gold, String got, Map<String, int[]> counts, List<String> misses, Path page) {
    if (gold.isBlank()) {
      return;
    }
    int[] c = counts.get(field);
    c[0]++;
    if (got != null) {
      c[1]++;
    }
    boolean right = got != null && (field.equals("author") ? names(gold).equals(names(got)) : fold(gold).equals(fold(got)));
    if (right) {
      c[2]++;
    } else {
      misses.add(page.getFileName() + " " + field + ": expected '" + gold + "', got '" + got + "'");
    }
  }

  private static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    for (String n : text.split("\\s*(?:;|,|\\bet\\b|\\band\\b)\\s*")) {
      if (!n.isBlank()) {
        out.add(fold(n));
      }
    }
    out.sort(null);
    return out;
  }

  private static String fold(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    t = t.replaceAll("[\u2018\u2019\u201C\u201D«»\"'`]", " ").replaceAll("[\\s\u00A0\u202F]+", " ");
    return t.trim().toLowerCase(Locale.ROOT);
  }

  private Path page(String file) {
    for (String name : List.of(file, file + ".gz")) {
      Path p = data.resolve("html").resolve(name);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  /** The page's text: gunzipped if need be, decoded by its declared charset (UTF-8 otherwise). */
  private static String read(Path page) throws IOException {
    byte[] bytes = Files.readAllBytes(page);
    if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      }
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = CHARSET.matcher(head);
    Charset charset = StandardCharsets.UTF_8;
    if (m.find()) {
      try {
        charset = Charset.forName(m.group(1));
      } catch (IllegalArgumentException e) {
        charset = StandardCharsets.UTF_8;
      }
    }
    return new String(bytes, charset);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(int[] c) {
    double p = ratio(c[2], c[1]);
    double r = ratio(c[2], c[0]);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
