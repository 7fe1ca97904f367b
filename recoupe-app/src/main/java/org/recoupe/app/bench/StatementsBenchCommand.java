package org.recoupe.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.recoupe.app.eval.Rpm2Corpus;
import org.recoupe.app.eval.SharedData;
import org.recoupe.app.output.Json;
import org.recoupe.document.Document;
import org.recoupe.document.Span;
import org.recoupe.quotes.Quote;
import org.recoupe.quotes.QuoteExtraction;
import org.recoupe.quotes.QuoteKeys;
import org.recoupe.quotes.StatementGrouping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recoupe bench statements}: CPU time of {@link StatementGrouping} on one story of {@code
 * --quotes} quotations, two thirds French (the quotations the quotes stage finds in the RPM2
 * articles, in file order, so neighbouring ones share a topic) and one third English (the English
 * wordings of the bundled statement sets, repeated as needed). No speaker is given, the costly case:
 * every pair is compared. Extraction is not timed; a warm-up round comes first.
 */
@Command(
    name = "statements",
    mixinStandardHelpOptions = true,
    description = "CPU time of grouping one story's quotations into statements (French and English).")
public final class StatementsBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--quotes", defaultValue = "300", description = "Quotations in the story (default: ${DEFAULT-VALUE}).")
  int quotes;

  @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--data", paramLabel = "DIR", description = "The evaluation data folder (default: ../shared/eval).")
  Path data;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<StatementGrouping.Sourced> story = story(quotes);
    StatementGrouping grouping = new StatementGrouping();
    grouping.group(story);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    long total = 0;
    int statements = 0;
    for (int r = 0; r < rounds; r++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      statements = grouping.group(story).size();
      long spent = cpu.getCurrentThreadCpuTime() - c0;
      best = Math.min(best, spent);
      total += spent;
    }
    long pairs = (long) story.size() * (story.size() - 1) / 2;
    out.printf(Locale.ROOT, "%d quotations (%d pairs) -> %d statements: %.1f ms CPU per story (mean of %d), best %.1f ms%n",
        story.size(), pairs, statements, total / 1e6 / rounds, rounds, best / 1e6);
    out.flush();
    return 0;
  }

  private List<StatementGrouping.Sourced> story(int n) throws IOException {
    List<StatementGrouping.Sourced> french = new ArrayList<>();
    QuoteExtraction extraction = new QuoteExtraction();
    int wanted = n - n / 3;
    for (Rpm2Corpus.Article a : Rpm2Corpus.load(SharedData.evalDir(data, ""))) {
      Document d = extraction.apply(a.document());
      for (Quote q : d.get(QuoteKeys.QUOTES)) {
        if (q.speech() && french.size() < wanted) {
          french.add(new StatementGrouping.Sourced(d.id(), q, null, "fr"));
        }
      }
      if (french.size() >= wanted) {
        break;
      }
    }
    List<String> english = englishWordings();
    List<StatementGrouping.Sourced> out = new ArrayList<>(french);
    for (int i = 0; out.size() < n && !english.isEmpty(); i++) {
      String text = english.get(i % english.size());
      Span span = new Span(0, text.length());
      out.add(new StatementGrouping.Sourced("en-" + i, new Quote(span, span, text, true, null, null, null), null, "en"));
    }
    return out;
  }

  private static List<String> englishWordings() throws IOException {
    List<String> out = new ArrayList<>();
    for (String set : List.of("dev", "test")) {
      try (InputStream in = StatementsBenchCommand.class.getResourceAsStream("/org/recoupe/app/eval/statements/" + set + ".json")) {
        JsonNode root = Json.MAPPER.readTree(in);
        for (JsonNode story : root.get("stories")) {
          for (JsonNode q : story.get("quotes")) {
            if ("en".equals(q.get("language").asText()) && q.has("text")) {
              out.add(q.get("text").asText());
            }
          }
        }
      }
    }
    return out;
  }
}
