package org.recoupe.app.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code recoupe eval ...}: accuracy measured on the public data sets in {@code ../shared/eval}. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures accuracy on the public evaluation data sets (../shared/eval).",
    subcommands = {ExtractionEval.class, MetadataEval.class, NerEvalCommand.class, EntitiesEvalCommand.class,
        QuotesEval.class, TimeEvalCommand.class, SummariesEval.class, ContradictionsEval.class,
        DedupEvalCommand.class, StoriesEvalCommand.class, StatementsEval.class, ClaimsEval.class})
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name what to evaluate");
  }
}
