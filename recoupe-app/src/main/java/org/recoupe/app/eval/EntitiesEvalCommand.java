package org.recoupe.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.recoupe.app.output.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recoupe eval entities}: pairwise precision and recall of entity merging (within articles
 * and across articles and languages) on the seeds plus a bundled English article, against a
 * hand-written gold clustering.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = "Entity merging: pairwise precision/recall over mentions on the seeds + a bundled English article.")
public final class EntitiesEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--seeds", description = "Folder of the seed articles (default: <shared>/seeds).")
  Path seeds;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(names = "--verbose", description = "Also list spurious, missing and split actors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    Path dir = seeds != null ? seeds : SharedData.evalDir(null, "").getParent().resolve("seeds");
    EntityMergingEval.Result r = EntityMergingEval.run(dir);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articles", r.articles());
      m.put("labelledMentions", r.labelled());
      m.put("unlistedMentions", r.unlisted());
      m.put("across", pairs(r.across()));
      m.put("within", pairs(r.within()));
      m.put("spurious", r.spurious());
      m.put("missing", r.missing());
      m.put("splitActors", r.splitActors());
      m.put("canonicalEntities", r.table().entities().size());
      m.put("mergeMillis", r.mergeMillis());
      out.println(Json.MAPPER.writeValueAsString(m));
      return 0;
    }
    out.printf(Locale.ROOT, "%d articles, %d labelled mentions (%d unlisted, not scored), %d canonical entities%n",
        r.articles(), r.labelled(), r.unlisted(), r.table().entities().size());
    line(out, "across articles", r.across());
    line(out, "within articles", r.within());
    out.printf(Locale.ROOT, "spurious actors: %d, missing gold texts: %d, split actors: %d, merge %.1f ms%n",
        r.spurious().size(), r.missing().size(), r.splitActors().size(), r.mergeMillis());
    if (verbose) {
      list(out, "spurious", r.spurious());
      list(out, "missing", r.missing());
      r.splitActors().forEach((actor, pieces) -> out.println("  split " + actor + ": " + pieces));
    }
    return 0;
  }

  private static Map<String, Object> pairs(EntityMergingEval.Pairs p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("truePairs", p.truePositives());
    m.put("falsePairs", p.falsePositives());
    m.put("missedPairs", p.falseNegatives());
    m.put("precision", round(p.precision()));
    m.put("recall", round(p.recall()));
    m.put("f1", round(p.f1()));
    return m;
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

  private static void line(PrintWriter out, String what, EntityMergingEval.Pairs p) {
    out.printf(Locale.ROOT, "%-16s pairwise P %.4f  R %.4f  F1 %.4f  (%d true, %d false, %d missed pairs)%n",
        what, p.precision(), p.recall(), p.f1(), p.truePositives(), p.falsePositives(), p.falseNegatives());
  }

  private static void list(PrintWriter out, String what, List<String> items) {
    for (String s : items) {
      out.println("  " + what + " " + s);
    }
  }
}
