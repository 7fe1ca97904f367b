package org.recoupe.app;

import org.recoupe.app.bench.BenchCommand;
import org.recoupe.app.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code recoupe} command: analyze, eval, bench. */
@Command(
    name = "recoupe",
    mixinStandardHelpOptions = true,
    version = "recoupe 0.1.0",
    description = "Cross-checks the news: reads articles, cleans them, and tells what is established.",
    subcommands = {AnalyzeCommand.class, EvalCommand.class, BenchCommand.class})
public final class RecoupeCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line, for tests. */
  public static CommandLine newCommandLine() {
    return new CommandLine(new RecoupeCli()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (analyze, eval, bench)");
  }
}
