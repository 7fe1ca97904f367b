package org.recoupe.app.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.recoupe.app.output.Json;
import org.recoupe.time.Anchor;
import org.recoupe.time.TimeExpression;
import org.recoupe.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recoupe eval time [DIR]}: time expression recognition and normalisation on French
 * TimeBank ({@code .tml} files, anchored on each file's DCT), scored TempEval-3 style.
 */
@Command(
    name = "time",
    mixinStandardHelpOptions = true,
    description = "Scores time expressions (TIMEX3) on French TimeBank: strict/relaxed recognition, value F1.")
public final class TimeEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR",
      description = "Folder holding .tml files (searched recursively; default: ../shared/eval/french-timebank).")
  Path dir;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(names = "--errors", description = "List misses, false alarms and wrong values.")
  boolean errors;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    dir = SharedData.evalDir(dir, "french-timebank");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) {
      spec.commandLine().getErr().println("recoupe eval time: no .tml file under " + dir);
      return 1;
    }
    TimeTagger tagger = TimeTagger.forLanguage("fr");
    TimeScore score = new TimeScore();
    for (Path f : files) {
      TimeBankFile tb = TimeBankFile.read(f);
      List<TimeScore.Item> gold = new ArrayList<>();
      tb.gold().forEach(g -> gold.add(new TimeScore.Item(g.span(), g.type(), g.value())));
      List<TimeScore.Item> sys = new ArrayList<>();
      for (TimeExpression t : tagger.tag(tb.text(), new Anchor(tb.dct(), Anchor.Source.PUBLISHED))) {
        sys.add(new TimeScore.Item(t.span(), t.type().name(), t.value()));
      }
      score.add(gold, sys, errors ? listener(out, tb) : NO_LISTENER);
    }
    print(out, score, files.size());
    return 0;
  }

  private void print(PrintWriter out, TimeScore s, int documents) {
    double sp = s.precision(s.strict);
    double sr = s.recall(s.strict);
    double rp = s.precision(s.relaxed);
    double rr = s.recall(s.relaxed);
    double vp = s.precision(s.valueCorrect);
    double vr = s.recall(s.valueCorrect);
    double tp = s.precision(s.typeCorrect);
    double tr = s.recall(s.typeCorrect);
    double valueAccuracy = s.relaxed == 0 ? 0 : (double) s.valueCorrect / s.relaxed;
    if (json) {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("documents", documents);
      n.put("gold", s.gold);
      n.put("system", s.system);
      n.put("strictPrecision", sp);
      n.put("strictRecall", sr);
      n.put("strictF1", TimeScore.f1(sp, sr));
      n.put("relaxedPrecision", rp);
      n.put("relaxedRecall", rr);
      n.put("relaxedF1", TimeScore.f1(rp, rr));
      n.put("valueAccuracy", valueAccuracy);
      n.put("valueF1", TimeScore.f1(vp, vr));
      n.put("typeF1", TimeScore.f1(tp, tr));
      out.println(n.toPrettyString());
      return;
    }
    out.printf(Locale.ROOT, "time expressions: %d documents, %d gold, %d found%n", documents, s.gold, s.system);
    out.printf(Locale.ROOT, "  strict   P %.3f  R %.3f  F1 %.3f%n", sp, sr, TimeScore.f1(sp, sr));
    out.printf(Locale.ROOT, "  relaxed  P %.3f  R %.3f  F1 %.3f%n", rp, rr, TimeScore.f1(rp, rr));
    out.printf(Locale.ROOT, "  value    accuracy %.3f  P %.3f  R %.3f  F1 %.3f%n", valueAccuracy, vp, vr, TimeScore.f1(vp, vr));
    out.printf(Locale.ROOT, "  type     F1 %.3f%n", TimeScore.f1(tp, tr));
  }

  private static final TimeScore.Listener NO_LISTENER = new TimeScore.Listener() {
    @Override
    public void miss(TimeScore.Item gold) {}

    @Override
    public void falseAlarm(TimeScore.Item system) {}

    @Override
    public void wrongValue(TimeScore.Item gold, TimeScore.Item system) {}
  };

  private static TimeScore.Listener listener(PrintWriter out, TimeBankFile tb) {
    return new TimeScore.Listener() {
      @Override
      public void miss(TimeScore.Item g) {
        out.printf(Locale.ROOT, "MISS  %s [%s] %s %s | %s%n", tb.name(), g.span().of(tb.text()), g.type(), g.value(), context(g));
      }

      @Override
      public void falseAlarm(TimeScore.Item s) {
        out.printf(Locale.ROOT, "FALSE %s [%s] %s %s | %s%n", tb.name(), s.span().of(tb.text()), s.type(), s.value(), context(s));
      }

      @Override
      public void wrongValue(TimeScore.Item g, TimeScore.Item s) {
        out.printf(Locale.ROOT, "VALUE %s [%s] gold %s, got [%s] %s (dct %s) | %s%n", tb.name(), g.span().of(tb.text()), g.value(),
            s.span().of(tb.text()), s.value(), tb.dct(), context(g));
      }

      private String context(TimeScore.Item i) {
        String t = tb.text();
        return t.substring(Math.max(0, i.span().start() - 60), Math.min(t.length(), i.span().end() + 40)).replace('\n', ' ');
      }
    };
  }
}
