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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.recoupe.app.output.Json;
import org.recoupe.clean.TextCleaning;
import org.recoupe.document.Document;
import org.recoupe.document.Format;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.OffsetMap;
import org.recoupe.document.SourceRef;
import org.recoupe.document.Span;
import org.recoupe.pipeline.Pipeline;
import org.recoupe.quotes.Quote;
import org.recoupe.quotes.QuoteExtraction;
import org.recoupe.quotes.QuoteKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recoupe eval quotes}: quotation spans and speakers against Recoupe's annotated set of real
 * French and English news text (see {@code docs/quotes-annotation.md}). Prints span precision,
 * recall and F1 (exact and overlapping) and speaker accuracy on the matched quotations.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Scores quotation spans and speakers on the annotated quotes set.")
public final class QuotesEval implements Callable<Integer> {
  private static final String DEV = "/org/recoupe/app/eval/quotes/gold.json";
  private static final String TEST = "/org/recoupe/app/eval/quotes/gold-test.json";
  private static final String TEST_SECOND = "/org/recoupe/app/eval/quotes/gold-test-second.json";
  private static final String TEXTS = "/org/recoupe/app/eval/quotes/texts/";
  private static final String HTML = "shared-html:";
  private static final String TIMEML = "shared-tml:";

  @Spec CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE", description = "Annotation file (default: the bundled sets).")
  Path gold;

  @Option(names = "--set", defaultValue = "test", paramLabel = "dev|test",
      description = "Bundled set: test (held out, annotated blind; default) or dev (used during development).")
  String set;

  @Option(names = "--shared", paramLabel = "DIR", description = "The shared folder holding seeds/ and eval/.")
  Path shared;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(names = "--verbose", description = "List every miss, false alarm and wrong speaker.")
  boolean verbose;

  @Option(names = "--agreement", description = "Instead of scoring the extractor, score a second, independent "
      + "speaker annotation of the held-out spans against the held-out set: how far human annotators agree.")
  boolean agreement;

  private final Pipeline pipeline = Pipeline.of(Set.of(Keys.SOURCE, Keys.ORIGINAL, Keys.HINTS),
      List.of(new TextCleaning(), new QuoteExtraction()));

  @Override
  public Integer call() throws IOException {
    JsonNode root;
    if (gold == null && !set.equals("dev") && !set.equals("test")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--set is dev or test");
    }
    try (InputStream in = gold != null ? Files.newInputStream(gold)
        : QuotesEval.class.getResourceAsStream(set.equals("dev") ? DEV : TEST)) {
      root = Json.MAPPER.readTree(in);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (agreement) {
      return agreement(root, out);
    }
    Counts all = new Counts();
    Counts fr = new Counts();
    Counts en = new Counts();
    for (JsonNode doc : root.get("documents")) {
      String text = load(doc.get("source").asText());
      Counts c = score(doc, text, out);
      all.add(c);
      ("en".equals(doc.path("language").asText()) ? en : fr).add(c);
    }
    ObjectNode result = Json.MAPPER.createObjectNode();
    result.set("all", all.toJson());
    result.set("fr", fr.toJson());
    result.set("en", en.toJson());
    if (json) {
      out.println(Json.MAPPER.writeValueAsString(result));
    } else {
      out.println(gold != null ? "annotations: " + gold : "annotations: bundled " + set + " set");
      for (String k : List.of("all", "fr", "en")) {
        JsonNode n = result.get(k);
        out.printf(Locale.ROOT,
            "%-4s quotes=%d  exact P=%.3f R=%.3f F1=%.3f  overlap P=%.3f R=%.3f F1=%.3f  speaker accuracy=%.3f (%d/%d)%n",
            k, n.get("gold").asInt(), n.get("exactPrecision").asDouble(), n.get("exactRecall").asDouble(),
            n.get("exactF1").asDouble(), n.get("overlapPrecision").asDouble(), n.get("overlapRecall").asDouble(),
            n.get("overlapF1").asDouble(), n.get("speakerAccuracy").asDouble(), n.get("speakerCorrect").asInt(),
            n.get("speakerTotal").asInt());
      }
      JsonNode a = result.get("all");
      StringBuilder by = new StringBuilder("speakers by attribution:");
      a.get("speakersByAttribution").fields().forEachRemaining(e -> by.append(String.format(Locale.ROOT,
          " %s %d/%d", e.getKey(), e.getValue().get("correct").asInt(), e.getValue().get("total").asInt())));
      out.println(by);
      out.println(gold == null && set.equals("test") ? "targets (issue 4, on the held-out set):"
          : "targets (issue 4, measured on the held-out set; shown here for comparison):");
      out.println(Target.atLeast("span F1 (overlap)", 0.90).line(a.get("overlapF1").asDouble()));
      out.println(Target.atLeast("speaker accuracy", 0.90).line(a.get("speakerAccuracy").asDouble()));
    }
    out.flush();
    return 0;
  }

  private int agreement(JsonNode reference, PrintWriter out) throws IOException {
    if (gold != null || !set.equals("test")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--agreement compares the bundled second annotation with the held-out set (--set test)");
    }
    JsonNode second;
    try (InputStream in = QuotesEval.class.getResourceAsStream(TEST_SECOND)) {
      second = Json.MAPPER.readTree(in);
    }
    SpeakerAgreement.Result r = SpeakerAgreement.of(reference, second, QuotesEval::matches);
    if (json) {
      out.println(Json.MAPPER.writeValueAsString(Json.MAPPER.createObjectNode().put("speakerAgreement", r.rate())
          .put("agreed", r.agreed()).put("total", r.total()).put("secondNull", r.secondNull())
          .put("referenceNull", r.referenceNull()).put("bothNull", r.bothNull())));
    } else {
      out.printf(Locale.ROOT, "speaker agreement, second annotator against the held-out set, scored like the "
          + "extractor: %.3f (%d/%d; second annotator gave no speaker for %d)%n", r.rate(), r.agreed(), r.total(),
          r.secondNull());
      out.printf(Locale.ROOT, "quotations the held-out set leaves without a speaker: %d, also without one in the "
          + "second annotation: %d%n", r.referenceNull(), r.bothNull());
    }
    out.flush();
    return 0;
  }

  private Counts score(JsonNode doc, String text, PrintWriter out) {
    String id = doc.get("source").asText();
    boolean markup = id.startsWith(HTML);
    Document analysed = pipeline.apply(Document.create("eval")
        .with(Keys.SOURCE, new SourceRef(id, null, markup ? Format.HTML : Format.TEXT))
        .with(Keys.ORIGINAL, text)
        .with(Keys.HINTS, Metadata.EMPTY));
    OffsetMap map = analysed.get(Keys.ALIGNMENT);
    String clean = analysed.get(Keys.TEXT);
    List<Quote> predicted = analysed.get(QuoteKeys.QUOTES).stream().filter(Quote::speech).toList();
    List<Span> predictedSpans = new ArrayList<>();
    for (Quote q : predicted) {
      predictedSpans.add(markup ? map.toSource(trim(clean, q.content())) : trim(text, map.toSource(q.content())));
    }
    Counts c = new Counts();
    boolean[] used = new boolean[predicted.size()];
    for (JsonNode g : doc.get("quotes")) {
      Span stored = new Span(g.get("start").asInt(), g.get("end").asInt());
      Span gs = markup ? stored : trim(text, stored);
      c.gold++;
      int best = -1;
      for (int i = 0; i < predicted.size(); i++) {
        if (!used[i] && predictedSpans.get(i).overlaps(gs)) {
          best = i;
          if (predictedSpans.get(i).equals(gs)) {
            break;
          }
        }
      }
      if (best < 0) {
        if (verbose) {
          out.println("MISS  " + id + " [" + gs.of(text) + "]");
        }
        continue;
      }
      used[best] = true;
      c.overlap++;
      if (predictedSpans.get(best).equals(gs)) {
        c.exact++;
      }
      if (g.hasNonNull("speaker")) {
        Quote q = predicted.get(best);
        String said = q.speaker() == null ? null : q.speaker().span().of(clean);
        boolean right = said != null && matches(said, g.get("mentions"));
        c.speaker(q.speaker() == null ? "NONE" : q.speaker().how().name(), right);
        if (!right && verbose) {
          out.println("WHO   " + id + " [" + gs.of(text) + "] expected " + g.get("speaker").asText() + ", got " + said
              + (q.speaker() == null ? "" : " (" + q.speaker().how() + ")"));
        }
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      c.predicted++;
      if (!used[i] && verbose) {
        out.println("EXTRA " + id + " [" + predictedSpans.get(i).of(text) + "]");
      }
    }
    return c;
  }

  /** Whether the predicted speaker words name one of the acceptable mentions. */
  private static boolean matches(String said, JsonNode mentions) {
    String s = fold(said);
    for (JsonNode m : mentions) {
      String g = fold(m.asText());
      if (s.equals(g) || g.length() >= 3 && standsFor(s, g) || s.length() >= 3 && standsFor(g, s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code inner} occurs in {@code outer} as whole words that designate the same one: not
   * as the complement of a preposition ("un proche d'Edouard Philippe" is not Edouard Philippe,
   * "l'entourage de la ministre" is not the minister) nor as a possessor ("Scooter Braun's company"),
   * except after a document noun ("un communiqué de l'Elysée" gives the Elysée's words).
   */
  static boolean standsFor(String outer, String inner) {
    for (int i = outer.indexOf(inner); i >= 0; i = outer.indexOf(inner, i + 1)) {
      int end = i + inner.length();
      boolean wholeWords = (i == 0 || !Character.isLetterOrDigit(outer.charAt(i - 1)))
          && (end == outer.length() || !Character.isLetterOrDigit(outer.charAt(end)));
      String before = outer.substring(0, i);
      boolean complement = COMPLEMENT.matcher(before).find() && !DOCUMENT.matcher(before).find();
      if (wholeWords && !complement && !outer.startsWith("'s", end)) {
        return true;
      }
    }
    return false;
  }

  /** A document's words are its author's: "un communiqué de l'Elysée" designates the Elysée. */
  private static final Pattern DOCUMENT = Pattern.compile(
      "(?:^|\\s)(?:communique|statement|lettre|letter|rapport|report|texte|text|note|declaration|message|tweet|"
          + "article|courrier|e-mail|email|blog|compte)\\s+(?:de|d'|du|des|of|from|by)\\s*$");

  /** A preposition (folded) right before a name makes the name a complement. */
  private static final Pattern COMPLEMENT = Pattern.compile(
      "(?:^|[\\s'])(?:de|d'|du|des|of|au|aux|par|by|pour|for|chez|avec|with|to|from|contre|against)\\s*$");

  private static String fold(String s) {
    return java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT).replace('’', '\''), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replaceAll("[\\s\\p{Z}]+", " ").trim();
  }

  /**
   * The span without surrounding spaces and punctuation, so both sides compare words. In a page's
   * markup this would cut into tags and character references, so there predictions are trimmed in
   * the cleaned text before being mapped back, and the stored spans are used as they are.
   */
  private static Span trim(String text, Span s) {
    int a = s.start();
    int b = s.end();
    while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b);
  }

  private String load(String source) throws IOException {
    String text;
    if (source.startsWith(TIMEML)) {
      Path base = shared != null ? shared : SharedData.sharedDir();
      text = TimeBankFile.read(base.resolve(source.substring(TIMEML.length()))).text();
    } else if (source.startsWith(HTML)) {
      Path base = shared != null ? shared : SharedData.sharedDir();
      text = Files.readString(base.resolve(source.substring(HTML.length())), StandardCharsets.UTF_8);
    } else if (source.startsWith("shared-json:")) {
      String[] pathAndKey = source.substring("shared-json:".length()).split("#", 2);
      Path base = shared != null ? shared : SharedData.sharedDir();
      JsonNode root = Json.MAPPER.readTree(base.resolve(pathAndKey[0]).toFile());
      text = root.path(pathAndKey[1]).path("articleBody").asText();
    } else if (source.startsWith("shared:")) {
      Path base = shared != null ? shared : SharedData.sharedDir();
      text = Files.readString(base.resolve(source.substring("shared:".length())), StandardCharsets.UTF_8);
    } else {
      try (InputStream in = QuotesEval.class.getResourceAsStream(TEXTS + source)) {
        if (in == null) {
          throw new IOException("annotated text not found: " + source);
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Tallies of one document or a whole set. */
  private static final class Counts {
    int gold;
    int predicted;
    int exact;
    int overlap;
    int speakerTotal;
    int speakerCorrect;
    /** Per way of attribution ("NONE" when no speaker was given): matched gold speakers, right ones. */
    final Map<String, int[]> byAttribution = new TreeMap<>();

    void speaker(String how, boolean right) {
      speakerTotal++;
      int[] t = byAttribution.computeIfAbsent(how, k -> new int[2]);
      t[0]++;
      if (right) {
        speakerCorrect++;
        t[1]++;
      }
    }

    void add(Counts o) {
      gold += o.gold;
      predicted += o.predicted;
      exact += o.exact;
      overlap += o.overlap;
      speakerTotal += o.speakerTotal;
      speakerCorrect += o.speakerCorrect;
      o.byAttribution.forEach((k, v) -> {
        int[] t = byAttribution.computeIfAbsent(k, x -> new int[2]);
        t[0] += v[0];
        t[1] += v[1];
      });
    }

    ObjectNode toJson() {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("gold", gold);
      n.put("predicted", predicted);
      put(n, "exact", exact);
      put(n, "overlap", overlap);
      n.put("speakerAccuracy", speakerTotal == 0 ? 0 : (double) speakerCorrect / speakerTotal);
      n.put("speakerCorrect", speakerCorrect);
      n.put("speakerTotal", speakerTotal);
      ObjectNode by = n.putObject("speakersByAttribution");
      byAttribution.forEach((k, v) -> by.putObject(k).put("total", v[0]).put("correct", v[1]));
      return n;
    }

    private void put(ObjectNode n, String name, int tp) {
      double p = predicted == 0 ? 0 : (double) tp / predicted;
      double r = gold == 0 ? 0 : (double) tp / gold;
      n.put(name + "Precision", p);
      n.put(name + "Recall", r);
      n.put(name + "F1", p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }
}
