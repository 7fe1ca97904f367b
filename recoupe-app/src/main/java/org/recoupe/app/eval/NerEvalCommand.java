package org.recoupe.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.recoupe.app.output.Json;
import org.recoupe.corenlp.CoreNlpNer;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.document.Token;
import org.recoupe.entities.Corrections;
import org.recoupe.entities.EntityTagger;
import org.recoupe.entities.EntityType;
import org.recoupe.entities.Mention;
import org.recoupe.entities.TaggedRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recoupe eval ner}: entity-level precision, recall and F1 (exact span and type) of raw
 * CoreNLP and of Recoupe's corrected mentions on the WikiNEuRal French and English test splits,
 * fed with the gold tokens; also the time spent in the CRF and in the corrections.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = "Named entities: raw CoreNLP vs Recoupe on WikiNEuRal (fr-test.conllu, en-test.conllu).")
public final class NerEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder with fr-test.conllu and en-test.conllu (default: ../shared/eval/wikineural-test).")
  Path data;

  @Option(names = "--lang", split = ",", defaultValue = "fr,en",
      description = "Languages to evaluate (default: ${DEFAULT-VALUE}).")
  List<String> languages;

  @Option(names = "--limit", defaultValue = "0", description = "Only the first N sentences of each file (0: all).")
  int limit;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Write Recoupe's false positives and false negatives, one per line, to FILE.")
  Path errors;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    EntityTagger tagger = CoreNlpNer.get();
    Corrections corrections = Corrections.standard();
    Map<String, Object> report = new LinkedHashMap<>();
    for (String lang : languages) {
      if (tagger.supports(lang)) {
        tagger.tag(List.of("Paris"), lang); // loads every model before the timings and the heap figure
      }
    }
    report.put("modelsHeapMB", usedHeapAfterGc() / 1_000_000);
    try (Writer errorLog = errors == null ? Writer.nullWriter() : Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
      for (String lang : languages) {
        Path file = SharedData.evalDir(data, "wikineural-test").resolve(lang + "-test.conllu");
        if (!tagger.supports(lang) || !Files.isRegularFile(file)) {
          spec.commandLine().getErr().println("recoupe eval ner: no model or no " + file);
          return 1;
        }
        report.put(lang, evaluate(lang, file, tagger, corrections, errorLog));
      }
    }
    report.put("maxHeapMB", Runtime.getRuntime().maxMemory() / 1_000_000);
    if (json) {
      out.println(Json.MAPPER.writeValueAsString(report));
    } else {
      out.printf(Locale.ROOT, "models %s loaded: %d MB of heap in use after GC (max heap %d MB)%n",
          String.join("+", languages), report.get("modelsHeapMB"), report.get("maxHeapMB"));
      report.forEach((key, r) -> {
        if (r instanceof Map) {
          print(out, key, r);
        }
      });
    }
    out.flush();
    return 0;
  }

  private Map<String, Object> evaluate(String lang, Path file, EntityTagger tagger, Corrections corrections,
      Writer errorLog) throws IOException {
    List<ConllSentence> gold = ConllSentence.read(file, limit);
    EntityScores raw = new EntityScores();
    EntityScores fixed = new EntityScores();
    long nerNanos = 0;
    long fixNanos = 0;
    long tokens = 0;
    for (ConllSentence g : gold) {
      StringBuilder text = new StringBuilder();
      List<Token> toks = new ArrayList<>(g.words().size());
      for (String w : g.words()) {
        if (text.length() > 0) {
          text.append(' ');
        }
        toks.add(new Token(new Span(text.length(), text.length() + w.length()), w));
        text.append(w);
      }
      String s = text.toString();
      Sentence sentence = new Sentence(new Span(0, s.length()), 0, toks);
      tokens += toks.size();
      long t0 = System.nanoTime();
      List<TaggedRange> ranges = tagger.tag(g.words(), lang);
      long t1 = System.nanoTime();
      List<Mention> corrected = corrections.correct(s, sentence, 0, lang, ranges);
      long t2 = System.nanoTime();
      nerNanos += t1 - t0;
      fixNanos += t2 - t1;
      Set<EntityScores.Entity> goldSet = goldEntities(g, toks);
      raw.add(goldSet, entities(Corrections.raw(s, sentence, 0, ranges)));
      Set<EntityScores.Entity> predicted = entities(corrected);
      fixed.add(goldSet, predicted);
      logErrors(errorLog, lang, s, goldSet, predicted);
    }
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("file", file.getFileName().toString());
    r.put("sentences", gold.size());
    r.put("tokens", tokens);
    r.put("raw", raw.table());
    r.put("recoupe", fixed.table());
    r.put("nerSeconds", nerNanos / 1e9);
    r.put("correctionSeconds", fixNanos / 1e9);
    r.put("nerTokensPerSecond", Math.round(tokens / (nerNanos / 1e9)));
    r.put("nerAndCorrectionTokensPerSecond", Math.round(tokens / ((nerNanos + fixNanos) / 1e9)));
    return r;
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Gold chunks with conlleval rules: an I- tag after O or another type starts a new entity. */
  private static Set<EntityScores.Entity> goldEntities(ConllSentence g, List<Token> toks) {
    Set<EntityScores.Entity> out = new HashSet<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= g.tags().size(); i++) {
      String tag = i < g.tags().size() ? g.tags().get(i) : "O";
      String t = tag.length() > 2 ? tag.substring(2) : null;
      boolean continues = type != null && tag.startsWith("I-") && t.equals(type);
      if (type != null && !continues) {
        out.add(new EntityScores.Entity(toks.get(start).span().start(), toks.get(i - 1).span().end(),
            EntityType.valueOf(type)));
        type = null;
      }
      if (type == null && t != null) {
        start = i;
        type = t;
      }
    }
    return out;
  }

  private static Set<EntityScores.Entity> entities(List<Mention> mentions) {
    Set<EntityScores.Entity> out = new HashSet<>();
    for (Mention m : mentions) {
      out.add(new EntityScores.Entity(m.span().start(), m.span().end(), m.type()));
    }
    return out;
  }

  private static void logErrors(Writer log, String lang, String text, Set<EntityScores.Entity> gold,
      Set<EntityScores.Entity> predicted) throws IOException {
    for (EntityScores.Entity e : predicted) {
      if (!gold.contains(e)) {
        log.write(lang + "\tFP\t" + e.type() + "\t" + text.substring(e.start(), e.end()) + "\t" + text + "\n");
      }
    }
    for (EntityScores.Entity e : gold) {
      if (!predicted.contains(e)) {
        log.write(lang + "\tFN\t" + e.type() + "\t" + text.substring(e.start(), e.end()) + "\t" + text + "\n");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void print(PrintWriter out, String lang, Object value) {
    Map<String, Object> r = (Map<String, Object>) value;
    out.printf(Locale.ROOT, "%s: %s, %d sentences, %d tokens%n", lang, r.get("file"), r.get("sentences"), r.get("tokens"));
    out.printf(Locale.ROOT, "  %-8s %-26s %-26s%n", "", "raw CoreNLP", "Recoupe");
    out.printf(Locale.ROOT, "  %-8s %7s %7s %7s    %7s %7s %7s%n", "type", "P", "R", "F1", "P", "R", "F1");
    Map<String, Map<String, Number>> raw = (Map<String, Map<String, Number>>) r.get("raw");
    Map<String, Map<String, Number>> fixed = (Map<String, Map<String, Number>>) r.get("recoupe");
    for (String type : raw.keySet()) {
      Map<String, Number> a = raw.get(type);
      Map<String, Number> b = fixed.get(type);
      out.printf(Locale.ROOT, "  %-8s %7.2f %7.2f %7.2f    %7.2f %7.2f %7.2f%n", type,
          100 * a.get("precision").doubleValue(), 100 * a.get("recall").doubleValue(), 100 * a.get("f1").doubleValue(),
          100 * b.get("precision").doubleValue(), 100 * b.get("recall").doubleValue(), 100 * b.get("f1").doubleValue());
    }
    double ner = ((Number) r.get("nerSeconds")).doubleValue();
    double fix = ((Number) r.get("correctionSeconds")).doubleValue();
    out.printf(Locale.ROOT, "  time: CoreNLP NER %.2f s (%d tokens/s), corrections %.3f s (+%.1f%%; %d tokens/s together)%n",
        ner, r.get("nerTokensPerSecond"), fix, 100 * fix / ner, r.get("nerAndCorrectionTokensPerSecond"));
  }
}
