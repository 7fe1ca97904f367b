package org.recoupe.app.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.recoupe.dedup.ArticlePassages;
import org.recoupe.dedup.NearDuplicates;
import org.recoupe.dedup.Passage;
import org.recoupe.dedup.PassageMatch;
import org.recoupe.dedup.Passages;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recoupe eval dedup}: near-duplicate paragraphs. Paragraphs of the RPM2 articles are
 * copied with seeded light edits (positive pairs); other paragraphs of the same topic are the
 * negatives. All originals and copies are searched together; a pair is reported when matched
 * sentences cover at least half the words of one of the two paragraphs. Prints precision, recall
 * and F1 over all reported pairs.
 */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = "Near-duplicate paragraphs on edited RPM2 paragraphs: precision, recall, F1.")
public final class DedupEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "The evaluation data folder (default: ../shared/eval).")
  Path data;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of sampling and edits (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--pairs", defaultValue = "1000", description = "Positive pairs to build (default: ${DEFAULT-VALUE}).")
  int pairs;

  @Option(names = "--max-edits", defaultValue = "3", description = "Edits per copy, 1 to this (default: ${DEFAULT-VALUE}).")
  int maxEdits;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Random random = new Random(seed);
    List<String[]> paragraphs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Rpm2Corpus.Article a : Rpm2Corpus.load(SharedData.evalDir(data, ""))) {
      Document d = a.document();
      String text = d.get(Keys.TEXT);
      for (Span p : d.get(Keys.PARAGRAPHS)) {
        String s = p.of(text);
        int words = s.split("\\s+").length;
        if (words >= 15 && words <= 120 && seen.add(s)) {
          paragraphs.add(new String[] {Rpm2Corpus.topicOf(a.story()), s});
        }
      }
    }
    Collections.shuffle(paragraphs, random);
    int n = Math.min(pairs, paragraphs.size() / 2);
    List<ArticlePassages> units = new ArrayList<>();
    Map<String, String> positives = new HashMap<>();
    List<String[]> negatives = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String[] p = paragraphs.get(i);
      String edited = ParagraphEdits.edit(p[1], 1 + random.nextInt(Math.max(1, maxEdits)), random);
      units.add(unit("o" + i, p[1]));
      units.add(unit("e" + i, edited));
      positives.put("o" + i, "e" + i);
    }
    Map<String, Integer> topicOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      topicOf.merge(paragraphs.get(i)[0], i, (x, y) -> x);
    }
    for (int i = 0; i < n; i++) {
      Integer j = topicOf.get(paragraphs.get(i)[0]);
      if (j != null && j != i) {
        negatives.add(new String[] {"o" + i, "o" + j});
      }
    }
    Set<String> predicted = predictedPairs(units);
    int tp = 0;
    for (Map.Entry<String, String> e : positives.entrySet()) {
      if (predicted.contains(key(e.getKey(), e.getValue()))) {
        tp++;
      }
    }
    int fp = predicted.size() - tp;
    int negativeHits = 0;
    for (String[] neg : negatives) {
      if (predicted.contains(key(neg[0], neg[1]))) {
        negativeHits++;
      }
    }
    double precision = predicted.isEmpty() ? 0 : (double) tp / predicted.size();
    double recall = (double) tp / n;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("positivePairs", n);
      m.put("sameTopicNegativePairs", negatives.size());
      m.put("reportedPairs", predicted.size());
      m.put("precision", precision);
      m.put("recall", recall);
      m.put("f1", f1);
      m.put("falsePositives", fp);
      m.put("negativesReported", negativeHits);
      out.println(org.recoupe.app.output.Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(m));
    } else {
      out.printf(Locale.ROOT, "dedup on edited RPM2 paragraphs: %d positive pairs (1-%d edits), %d same-topic negative pairs, %d paragraphs searched%n",
          n, maxEdits, negatives.size(), units.size());
      out.printf(Locale.ROOT, "  precision %.3f  recall %.3f  F1 %.3f  (%d reported, %d false, %d of the negatives)%n",
          precision, recall, f1, predicted.size(), fp, negativeHits);
    }
    return 0;
  }

  private static ArticlePassages unit(String id, String text) {
    return new ArticlePassages(id, Passages.DEFAULT.of(text, List.of(new Span(0, text.length()))));
  }

  /** Pairs whose matched sentences cover at least half the signed words of one paragraph. */
  static Set<String> predictedPairs(List<ArticlePassages> units) {
    Map<String, Integer> totalWords = new HashMap<>();
    Map<String, Map<Span, Integer>> wordsAt = new HashMap<>();
    for (ArticlePassages u : units) {
      int total = 0;
      Map<Span, Integer> at = new HashMap<>();
      for (Passage p : u.passages()) {
        total += p.words();
        at.put(p.span(), p.words());
      }
      totalWords.put(u.id(), total);
      wordsAt.put(u.id(), at);
    }
    Set<String> out = new HashSet<>();
    for (Map.Entry<String, List<PassageMatch>> e : NearDuplicates.find(units).entrySet()) {
      Map<String, Set<Span>> covered = new HashMap<>();
      for (PassageMatch m : e.getValue()) {
        covered.computeIfAbsent(m.other(), k -> new HashSet<>()).add(m.passage());
      }
      for (Map.Entry<String, Set<Span>> c : covered.entrySet()) {
        int words = c.getValue().stream().mapToInt(s -> wordsAt.get(e.getKey()).get(s)).sum();
        if (words * 2 >= totalWords.get(e.getKey())) {
          out.add(key(e.getKey(), c.getKey()));
        }
      }
    }
    return out;
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }
}
