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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.recoupe.app.output.Json;
import org.recoupe.document.Span;
import org.recoupe.quotes.Quote;
import org.recoupe.quotes.Statement;
import org.recoupe.quotes.StatementGrouping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recoupe eval statements}: grouping quotations into statements, on Recoupe's set of French
 * and English quotations labelled with their statement (see {@code docs/quality.md}). Each story
 * of the set is grouped as {@code BriefBuilder} groups a story; every pair of its quotations is
 * then a true join (same statement, same group), a false join, or a miss. Prints pairwise
 * precision, recall and F1 for pairs in one language and pairs across French and English, first
 * with the labelled speakers given as canonical entities (as the entities stage gives them), then
 * with no speaker at all (text alone).
 */
@Command(
    name = "statements",
    mixinStandardHelpOptions = true,
    description = "Scores the grouping of quotations into statements (same language and French-English).")
public final class StatementsEval implements Callable<Integer> {
  private static final String DEV = "/org/recoupe/app/eval/statements/dev.json";
  private static final String TEST = "/org/recoupe/app/eval/statements/test.json";

  @Spec CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE", description = "Labelled set (default: the bundled sets).")
  Path gold;

  @Option(names = "--set", defaultValue = "test", paramLabel = "dev|test",
      description = "Bundled set: test (held out; default) or dev (used during development).")
  String set;

  @Option(names = "--shared", paramLabel = "DIR", description = "The shared folder holding seeds/ and eval/.")
  Path shared;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(names = "--verbose", description = "List every false join and every miss (speakers given).")
  boolean verbose;

  @Option(names = "--story", paramLabel = "ID", description = "Score only this story (repeatable).")
  List<String> stories;

  /** One labelled quotation. */
  private record Labelled(String id, String article, String language, String speaker, String statement, String text) {}

  @Override
  public Integer call() throws IOException {
    if (gold == null && !set.equals("dev") && !set.equals("test")) {
      throw new ParameterException(spec.commandLine(), "--set is dev or test");
    }
    JsonNode root;
    try (InputStream in = gold != null ? Files.newInputStream(gold)
        : StatementsEval.class.getResourceAsStream(set.equals("dev") ? DEV : TEST)) {
      root = Json.MAPPER.readTree(in);
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Pairs> withSpeakers = newTallies();
    Map<String, Pairs> textOnly = newTallies();
    int quotes = 0;
    int scored = 0;
    for (JsonNode story : root.get("stories")) {
      if (stories != null && !stories.contains(story.get("id").asText())) {
        continue;
      }
      scored++;
      List<Labelled> labelled = new ArrayList<>();
      for (JsonNode q : story.get("quotes")) {
        labelled.add(new Labelled(q.get("id").asText(), q.get("article").asText(), q.get("language").asText(),
            q.path("speaker").isNull() ? null : q.path("speaker").asText(null), q.get("statement").asText(), text(q)));
      }
      quotes += labelled.size();
      score(labelled, true, withSpeakers, verbose ? out : null);
      score(labelled, false, textOnly, null);
    }
    if (stories != null && scored < stories.size()) {
      throw new ParameterException(spec.commandLine(), "no such story in the set: " + stories);
    }
    ObjectNode result = Json.MAPPER.createObjectNode();
    result.put("set", gold != null ? gold.toString() : set);
    result.put("stories", scored);
    result.put("quotes", quotes);
    ObjectNode speakers = result.putObject("speakersGiven");
    withSpeakers.forEach((k, v) -> speakers.set(k, v.toJson()));
    ObjectNode text = result.putObject("textOnly");
    textOnly.forEach((k, v) -> text.set(k, v.toJson()));
    if (json) {
      out.println(Json.MAPPER.writeValueAsString(result));
    } else {
      out.printf(Locale.ROOT, "set: %s, %d stories, %d quotations%n", result.get("set").asText(),
          result.get("stories").asInt(), quotes);
      for (String mode : List.of("speakersGiven", "textOnly")) {
        out.println(mode.equals("speakersGiven") ? "speakers given (canonical entities):" : "text only (no speaker):");
        result.get(mode).fields().forEachRemaining(e -> {
          JsonNode n = e.getValue();
          out.printf(Locale.ROOT, "  %-6s pairs=%-6d same-statement=%-4d joined=%-4d P=%.3f R=%.3f F1=%.3f%n",
              e.getKey(), n.get("pairs").asInt(), n.get("gold").asInt(), n.get("predicted").asInt(),
              n.get("precision").asDouble(), n.get("recall").asDouble(), n.get("f1").asDouble());
        });
      }
    }
    out.flush();
    return 0;
  }

  private static Map<String, Pairs> newTallies() {
    Map<String, Pairs> m = new LinkedHashMap<>();
    m.put("mono", new Pairs());
    m.put("cross", new Pairs());
    m.put("all", new Pairs());
    return m;
  }

  /** Groups one story and tallies its pairs. */
  private static void score(List<Labelled> labelled, boolean speakers, Map<String, Pairs> tallies, PrintWriter verbose) {
    List<StatementGrouping.Sourced> sourced = new ArrayList<>();
    Map<Quote, Integer> index = new IdentityHashMap<>();
    int offset = 0;
    for (int i = 0; i < labelled.size(); i++) {
      Labelled l = labelled.get(i);
      Span span = new Span(offset, offset + l.text().length());
      offset = span.end() + 1;
      Quote q = new Quote(span, span, l.text(), true, null, null, null);
      index.put(q, i);
      sourced.add(new StatementGrouping.Sourced(l.article(), q, speakers ? l.speaker() : null, l.language()));
    }
    int[] group = new int[labelled.size()];
    int g = 0;
    for (Statement s : new StatementGrouping().group(sourced)) {
      for (Statement.Wording w : s.wordings()) {
        group[index.get(w.quote())] = g;
      }
      g++;
    }
    for (int i = 0; i < labelled.size(); i++) {
      for (int j = i + 1; j < labelled.size(); j++) {
        Labelled a = labelled.get(i);
        Labelled b = labelled.get(j);
        boolean same = a.statement().equals(b.statement());
        boolean joined = group[i] == group[j];
        String kind = a.language().equals(b.language()) ? "mono" : "cross";
        tallies.get(kind).add(same, joined);
        tallies.get("all").add(same, joined);
        if (verbose != null && same != joined) {
          verbose.printf(Locale.ROOT, "%s %s%n    %s [%s] %s%n    %s [%s] %s%n", joined ? "FALSE JOIN" : "MISSED    ",
              kind, a.id(), a.speaker(), a.text(), b.id(), b.speaker(), b.text());
        }
      }
    }
  }

  private String text(JsonNode q) throws IOException {
    if (q.has("text")) {
      return q.get("text").asText();
    }
    String source = q.get("source").asText();
    if (!source.startsWith("shared:")) {
      throw new IOException("unknown source " + source);
    }
    Path base = shared != null ? shared : SharedData.sharedDir();
    String text = Files.readString(base.resolve(source.substring("shared:".length())), StandardCharsets.UTF_8);
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int start = q.get("start").asInt();
    int end = q.get("end").asInt();
    if (end > text.length()) {
      throw new IOException(source + " is shorter than the labelled span " + start + "-" + end);
    }
    return text.substring(start, end);
  }

  /** Pair tallies. */
  private static final class Pairs {
    private final Map<String, Integer> counts = new HashMap<>();

    void add(boolean same, boolean joined) {
      counts.merge("pairs", 1, Integer::sum);
      counts.merge("gold", same ? 1 : 0, Integer::sum);
      counts.merge("predicted", joined ? 1 : 0, Integer::sum);
      counts.merge("tp", same && joined ? 1 : 0, Integer::sum);
    }

    ObjectNode toJson() {
      int gold = counts.getOrDefault("gold", 0);
      int predicted = counts.getOrDefault("predicted", 0);
      int tp = counts.getOrDefault("tp", 0);
      double p = predicted == 0 ? 0 : (double) tp / predicted;
      double r = gold == 0 ? 0 : (double) tp / gold;
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("pairs", counts.getOrDefault("pairs", 0));
      n.put("gold", gold);
      n.put("predicted", predicted);
      n.put("truePositives", tp);
      n.put("precision", p);
      n.put("recall", r);
      n.put("f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
      return n;
    }
  }
}
