package org.recoupe.app.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.recoupe.app.output.Json;
import org.recoupe.claims.Claim;
import org.recoupe.claims.ClaimKeys;
import org.recoupe.document.Document;
import org.recoupe.document.Format;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Published;
import org.recoupe.document.Sentence;
import org.recoupe.document.SourceRef;
import org.recoupe.document.Span;
import org.recoupe.pipeline.Pipeline;
import org.recoupe.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recoupe eval claims}: field-level accuracy of the structured claims (actor, predicate,
 * object, when, where, quantities, attribution, why, how) on a hand-annotated set of French and
 * English sentences written for it and of anchors into the seeds. Each written sentence is analysed
 * as a one-sentence article published on Wednesday 2024-06-19; each seed as a whole article (with
 * that publication day when it gives none), and the anchored sentence's main claim is scored.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = "Claims: field-level accuracy on a hand-annotated set (French, English, seed anchors).")
public final class ClaimsEval implements Callable<Integer> {
  private static final String GOLD = "claims/gold.txt";
  private static final LocalDate DAY = LocalDate.of(2024, 6, 19);
  private static final List<String> FIELDS = List.of(
      "actor", "predicate", "object", "when", "where", "quantities", "attribution", "why", "how");

  @Spec CommandSpec spec;

  @Option(names = "--set", defaultValue = "all", paramLabel = "dev|test|all",
      description = "Which part: dev (odd items), test (even items, held out), all (default).")
  String set;

  @Option(names = "--shared", paramLabel = "DIR", description = "The shared folder holding seeds/.")
  Path shared;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(names = "--verbose", description = "List every wrong field.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    List<ClaimGold> gold;
    try (InputStream in = ClaimsEval.class.getResourceAsStream(GOLD)) {
      gold = ClaimGold.read(in);
    }
    Path seeds = (shared != null ? shared : SharedData.sharedDir()).resolve("seeds");
    Pipeline whole = StandardPipeline.full();
    Pipeline afterCleaning = Pipeline.of(Set.of(Keys.TEXT, Keys.PARAGRAPHS, Keys.METADATA), whole.stages().stream()
        .filter(s -> !s.name().equals("clean") && !s.name().equals("metadata")).toList());
    Map<String, Document> seedDocs = new HashMap<>();
    Map<String, int[]> counts = new LinkedHashMap<>();
    FIELDS.forEach(f -> counts.put(f, new int[2]));
    Map<String, int[]> byLanguage = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    int items = 0;
    int noClaim = 0;
    for (ClaimGold g : gold) {
      if (set.equals("dev") && !g.dev() || set.equals("test") && g.dev()) {
        continue;
      }
      items++;
      Claim c;
      if (g.seed() == null) {
        Document d = Document.create(g.id()).with(Keys.TEXT, g.text())
            .with(Keys.PARAGRAPHS, List.of(new Span(0, g.text().length())))
            .with(Keys.METADATA, Metadata.EMPTY.withLanguage(g.language()).withPublished(published()));
        c = main(afterCleaning.apply(d), 0);
      } else {
        Document d = seedDocs.computeIfAbsent(g.seed(), f -> analyseSeed(whole, seeds.resolve(f)));
        c = main(d, anchor(d, g.text()));
      }
      if (c == null) {
        noClaim++;
      }
      String group = g.seed() != null ? "seed" : g.language();
      for (Map.Entry<String, String> e : g.fields().entrySet()) {
        boolean right = ClaimScore.matches(e.getKey(), e.getValue(), c);
        int[] n = counts.get(e.getKey());
        n[0] += right ? 1 : 0;
        n[1]++;
        int[] l = byLanguage.computeIfAbsent(group, k -> new int[2]);
        l[0] += right ? 1 : 0;
        l[1]++;
        if (!right) {
          errors.add(g.id() + " " + e.getKey() + ": expected «" + e.getValue() + "», got «"
              + ClaimScore.shown(e.getKey(), c) + "»");
        }
      }
    }
    print(items, noClaim, counts, byLanguage, errors);
    return 0;
  }

  private void print(int items, int noClaim, Map<String, int[]> counts, Map<String, int[]> byLanguage, List<String> errors)
      throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    int right = counts.values().stream().mapToInt(n -> n[0]).sum();
    int total = counts.values().stream().mapToInt(n -> n[1]).sum();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("set", set);
      m.put("items", items);
      m.put("itemsWithoutClaim", noClaim);
      Map<String, Object> fields = new LinkedHashMap<>();
      counts.forEach((k, n) -> fields.put(k, Map.of("right", n[0], "scored", n[1])));
      m.put("fields", fields);
      Map<String, Object> groups = new LinkedHashMap<>();
      byLanguage.forEach((k, n) -> groups.put(k, Map.of("right", n[0], "scored", n[1])));
      m.put("groups", groups);
      m.put("accuracy", total == 0 ? 0 : (double) right / total);
      out.println(Json.MAPPER.writeValueAsString(m));
      return;
    }
    out.printf(Locale.ROOT, "set %s: %d items (%d without a claim), %d fields scored%n", set, items, noClaim, total);
    counts.forEach((k, n) -> out.printf(Locale.ROOT, "  %-12s %3d / %3d  %.3f%n", k, n[0], n[1], ratio(n)));
    byLanguage.forEach((k, n) -> out.printf(Locale.ROOT, "  [%s] %3d / %3d  %.3f%n", k, n[0], n[1], ratio(n)));
    out.printf(Locale.ROOT, "  all fields   %3d / %3d  %.3f%n", right, total, total == 0 ? 0.0 : (double) right / total);
    if (verbose) {
      errors.forEach(e -> out.println("  " + e));
    }
  }

  private static double ratio(int[] n) {
    return n[1] == 0 ? 0 : (double) n[0] / n[1];
  }

  private static Published published() {
    return new Published(DAY, null, null, "eval");
  }

  private static Document analyseSeed(Pipeline whole, Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Document d = Document.create(file.getFileName().toString())
          .with(Keys.SOURCE, new SourceRef(file.toString(), null, Format.TEXT)).with(Keys.ORIGINAL, text)
          .with(Keys.HINTS, Metadata.EMPTY.withPublished(published()));
      return whole.apply(d);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read seed " + file, e);
    }
  }

  /** The index of the sentence of {@code d} that starts with {@code words}. */
  private static int anchor(Document d, String words) {
    String text = d.get(Keys.TEXT);
    List<Sentence> sentences = d.get(Keys.SENTENCES);
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).span().of(text).strip().startsWith(words)) {
        return i;
      }
    }
    throw new IllegalStateException("no sentence of " + d.id() + " starts with «" + words + "»");
  }

  private static Claim main(Document d, int sentence) {
    return d.get(ClaimKeys.CLAIMS).stream().filter(c -> c.sentence() == sentence).findFirst().orElse(null);
  }
}
