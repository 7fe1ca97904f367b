package org.recoupe.contradict;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges whether two passages that a caller believes are about the same fact contradict each
 * other. Passages sharing fewer than two content words are {@link Verdict#UNKNOWN}; otherwise every
 * {@link Check} runs and any conflict makes a {@link Verdict#CONTRADICTION}. Without conflict the
 * verdict is {@link Verdict#COMPATIBLE} when at least a fifth of the smaller side's content words
 * are shared, else {@link Verdict#UNKNOWN}. Immutable and thread-safe.
 */
public final class ContradictionDetector {
  private static final int MIN_SHARED = 2;
  private static final double MIN_OVERLAP = 0.2;

  private final List<Check> checks;
  private final DenialCheck denials = new DenialCheck();

  /** A detector running {@code checks} (denials are always looked for). */
  public ContradictionDetector(List<Check> checks) {
    this.checks = List.copyOf(checks);
  }

  /** The standard detector: numbers, dates, weekdays, ordinals, negation, antonyms, names, denials. */
  public static ContradictionDetector standard() {
    return new ContradictionDetector(List.of(new NumberCheck(), new DateCheck(), new WeekdayCheck(),
        new OrdinalCheck(), new NegationCheck(), new AntonymCheck(), new EntityCheck()));
  }

  /** The standard detector with {@link NegationCheck#strict()}: fewer false alarms, lower recall. */
  public static ContradictionDetector strict() {
    return new ContradictionDetector(List.of(new NumberCheck(), new DateCheck(), new WeekdayCheck(),
        new OrdinalCheck(), NegationCheck.strict(), new AntonymCheck(), new EntityCheck()));
  }

  /** The judgement for {@code left} against {@code right}. */
  public Judgement judge(Passage left, Passage right) {
    return judge(new Pair(new Analysis(left), new Analysis(right)));
  }

  /** The judgement for an already analysed pair. */
  public Judgement judge(Pair pair) {
    double overlap = pair.overlap();
    if (pair.shared().size() < MIN_SHARED) {
      return new Judgement(Verdict.UNKNOWN, List.of(), false, overlap);
    }
    List<Conflict> found = new ArrayList<>();
    for (Check c : checks) {
      found.addAll(c.conflicts(pair));
    }
    List<Conflict> denied = denials.conflicts(pair);
    found.addAll(denied);
    boolean disputed = !denied.isEmpty() && denials.disputed(pair);
    Verdict verdict = !found.isEmpty() ? Verdict.CONTRADICTION
        : overlap >= MIN_OVERLAP ? Verdict.COMPATIBLE : Verdict.UNKNOWN;
    return new Judgement(verdict, found, disputed, overlap);
  }
}
