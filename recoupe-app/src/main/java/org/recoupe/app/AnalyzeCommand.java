package org.recoupe.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.recoupe.app.output.RunReport;
import org.recoupe.ingest.IngestOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code recoupe analyze PATH... --out DIR}: the main job. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Reads articles (files or folders) and writes one JSON per article, a run summary, and each story's"
        + " brief (story.html, story.md, story.json).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was analysed",
      "1:some files or records were rejected or failed (see the summary); the rest was written",
      "2:bad command line"
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> inputs;

  @Option(names = "--out", defaultValue = "recoupe-out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--max-file-size", defaultValue = "52428800", paramLabel = "BYTES",
      description = "Reject files larger than this (default: ${DEFAULT-VALUE}).")
  long maxFileBytes;

  @Option(names = "--summary-words", defaultValue = "120", paramLabel = "N",
      description = "Length of each story's summary, in words (default: ${DEFAULT-VALUE}).")
  int summaryWords;

  @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: number of cores).")
  int threads;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    Analysis analysis = new Analysis(new IngestOptions(maxFileBytes), workers, Progress.forConsole(err), summaryWords);
    RunReport report = analysis.run(inputs, out);
    PrintWriter o = spec.commandLine().getOut();
    o.println(report.summaryLine());
    for (String line : report.problemLines()) {
      err.println("recoupe: " + line);
    }
    for (RunReport.StoryLine st : report.stories()) {
      o.printf(java.util.Locale.ROOT, "Story %s: %s%n  %d articles, %d independent origins, %d disagreements%n  Brief: %s (open in a browser; story.md and story.json beside it)%n",
          st.id(), st.headline(), st.articles(), st.origins(), st.conflicts(), st.brief().toAbsolutePath().normalize());
    }
    o.println("Articles: " + out.resolve("articles").toAbsolutePath().normalize());
    o.println("Entities: " + out.resolve("entities.json").toAbsolutePath().normalize());
    o.println("Summary:  " + out.resolve("run.json").toAbsolutePath().normalize());
    o.flush();
    return report.failures() == 0 ? 0 : 1;
  }
}
