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
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.recoupe.app.output.Json;
import org.recoupe.contradict.ContradictionDetector;
import org.recoupe.contradict.Judgement;
import org.recoupe.contradict.Passage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recoupe eval contradictions}: the pairwise contradiction detector on DACCORD (1,034
 * French sentence pairs labelled compatible / contradiction). A pair is predicted a contradiction
 * when the verdict is {@code CONTRADICTION}; {@code COMPATIBLE} and {@code UNKNOWN} count as
 * compatible. Pairs are split by a hash of their id into a development part (70%, the one rules
 * were written against) and a held-out test part (30%); figures are printed for both, for all
 * pairs, and per genre.
 */
@Command(
    name = "contradictions",
    mixinStandardHelpOptions = true,
    description = "Scores the contradiction detector on DACCORD (French sentence pairs).")
public final class ContradictionsEval implements Callable<Integer> {
  private static final String FILE = "daccord_dataset.tsv";
  private static final int DEV_PERCENT = 70;

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Folder holding daccord_dataset.tsv (default: ../shared/eval/daccord).")
  Path data;

  @Option(names = "--strict", description = "Use the strict detector (negation only on the predicate, in context).")
  boolean strict;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(names = "--errors", description = "List the misclassified pairs of the --errors-split part.")
  boolean errors;

  @Option(names = "--errors-split", paramLabel = "dev|test|all", defaultValue = "dev",
      description = "Which part --errors lists (default: ${DEFAULT-VALUE}; keep test unseen while developing).")
  String errorsSplit;

  /** One labelled pair and the detector's answer. */
  private record Item(String id, String premise, String hypothesis, boolean gold, String genre, boolean dev,
      Judgement judgement) {
    boolean predicted() {
      return judgement.contradiction();
    }
  }

  @Override
  public Integer call() throws IOException {
    Path file = SharedData.evalDir(data, "daccord").resolve(FILE);
    ContradictionDetector detector = strict ? ContradictionDetector.strict() : ContradictionDetector.standard();
    List<Item> items = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length < 7) {
        continue;
      }
      String premise = unquote(f[1]);
      String hypothesis = unquote(f[2]);
      Judgement j = detector.judge(Passage.of(premise, "fr"), Passage.of(hypothesis, "fr"));
      items.add(new Item(f[0], premise, hypothesis, f[3].trim().equals("1"), f[6].trim(), dev(f[0]), j));
    }
    Map<String, Scores> rows = new LinkedHashMap<>();
    rows.put("dev", Scores.of(items.stream().filter(Item::dev).toList()));
    rows.put("test", Scores.of(items.stream().filter(i -> !i.dev()).toList()));
    rows.put("all", Scores.of(items));
    Map<String, List<Item>> byGenre = items.stream()
        .collect(Collectors.groupingBy(Item::genre, java.util.TreeMap::new, Collectors.toList()));
    Map<String, Scores> genres = new LinkedHashMap<>();
    byGenre.forEach((g, list) -> genres.put(g, Scores.of(list)));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = Json.MAPPER.createObjectNode();
      ObjectNode splits = root.putObject("splits");
      rows.forEach((k, v) -> splits.set(k, v.toJson()));
      ObjectNode g = root.putObject("genres");
      genres.forEach((k, v) -> g.set(k, v.toJson()));
      ObjectNode c = root.putObject("checks");
      checks(items).forEach((k, v) -> c.putObject(k).put("fired", v[0]).put("contradictions", v[1]));
      out.println(Json.MAPPER.writeValueAsString(root));
    } else {
      out.println("DACCORD " + file.toAbsolutePath().normalize() + " (label 1 = contradiction)"
          + (strict ? ", strict detector" : ""));
      out.printf(Locale.ROOT, "%-26s %5s %6s | %-20s | %-20s | %s%n", "part", "pairs", "acc",
          "contradiction P/R/F1", "compatible P/R/F1", "macro F1");
      rows.forEach((k, v) -> out.println(v.line(k)));
      out.println("per genre (all pairs):");
      genres.forEach((k, v) -> out.println(v.line(k)));
      out.println("per check (pairs where it fired, of which gold contradictions; all pairs):");
      checks(items).forEach((k, v) -> out.printf(Locale.ROOT, "%-26s %5d %5d  precision %.3f%n", k, v[0], v[1],
          Scores.ratio(v[1], v[0])));
      if (errors) {
        for (Item i : items) {
          boolean listed = errorsSplit.equals("all") || errorsSplit.equals("dev") == i.dev();
          if (listed && i.predicted() != i.gold()) {
            out.printf(Locale.ROOT, "%s %s gold=%d %s%n  P: %s%n  H: %s%n", i.gold() ? "FN" : "FP", i.id(),
                i.gold() ? 1 : 0, i.judgement().conflicts(), i.premise(), i.hypothesis());
          }
        }
      }
    }
    out.flush();
    return 0;
  }

  /** For each conflict type: pairs where it was found, and how many of those are contradictions. */
  private static Map<String, int[]> checks(List<Item> items) {
    Map<String, int[]> out = new java.util.TreeMap<>();
    for (Item i : items) {
      i.judgement().conflicts().stream().map(c -> c.type().name()).distinct().forEach(t -> {
        int[] n = out.computeIfAbsent(t, k -> new int[2]);
        n[0]++;
        n[1] += i.gold() ? 1 : 0;
      });
    }
    return out;
  }

  /** Whether the pair belongs to the development part: CRC-32 of its id, modulo 100, under 70. */
  static boolean dev(String id) {
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 100 < DEV_PERCENT;
  }

  /** A TSV field without its enclosing quotes, doubled quotes made single, trimmed. */
  static String unquote(String field) {
    String f = field.trim();
    if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
      f = f.substring(1, f.length() - 1).replace("\"\"", "\"").trim();
    }
    return f;
  }

  /** Confusion counts with contradiction as the positive class. */
  private record Scores(int tp, int fp, int fn, int tn) {
    static Scores of(List<Item> items) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int tn = 0;
      for (Item i : items) {
        if (i.predicted() && i.gold()) {
          tp++;
        } else if (i.predicted()) {
          fp++;
        } else if (i.gold()) {
          fn++;
        } else {
          tn++;
        }
      }
      return new Scores(tp, fp, fn, tn);
    }

    int total() {
      return tp + fp + fn + tn;
    }

    double accuracy() {
      return ratio(tp + tn, total());
    }

    static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double[] contradiction() {
      double p = ratio(tp, tp + fp);
      double r = ratio(tp, tp + fn);
      return new double[] {p, r, f1(p, r)};
    }

    double[] compatible() {
      double p = ratio(tn, tn + fn);
      double r = ratio(tn, tn + fp);
      return new double[] {p, r, f1(p, r)};
    }

    String line(String name) {
      double[] c = contradiction();
      double[] k = compatible();
      return String.format(Locale.ROOT, "%-26s %5d %6.3f | %.3f %.3f %.3f    | %.3f %.3f %.3f    | %.3f", name,
          total(), accuracy(), c[0], c[1], c[2], k[0], k[1], k[2], (c[2] + k[2]) / 2);
    }

    ObjectNode toJson() {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("pairs", total());
      n.put("accuracy", accuracy());
      put(n.putObject("contradiction"), contradiction(), tp + fn);
      put(n.putObject("compatible"), compatible(), tn + fp);
      n.put("macroF1", (contradiction()[2] + compatible()[2]) / 2);
      n.put("tp", tp);
      n.put("fp", fp);
      n.put("fn", fn);
      n.put("tn", tn);
      return n;
    }

    private static void put(ObjectNode n, double[] prf, int support) {
      n.put("precision", prf[0]);
      n.put("recall", prf[1]);
      n.put("f1", prf[2]);
      n.put("support", support);
    }
  }
}
