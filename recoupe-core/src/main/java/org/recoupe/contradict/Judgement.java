package org.recoupe.contradict;

import java.util.List;

/**
 * The detector's answer for two passages: the verdict, the conflicts found (empty unless the
 * verdict is {@link Verdict#CONTRADICTION}), whether the disagreement is a dispute that the
 * sources themselves attribute to opposing parties (an accusation or claim on one side, a denial
 * on the other), and the share of content words the passages have in common.
 */
public record Judgement(Verdict verdict, List<Conflict> conflicts, boolean disputed, double overlap) {
  /** Copies the list. */
  public Judgement {
    conflicts = List.copyOf(conflicts);
  }

  /** Whether the verdict is {@link Verdict#CONTRADICTION}. */
  public boolean contradiction() {
    return verdict == Verdict.CONTRADICTION;
  }
}
