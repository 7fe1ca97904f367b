package org.recoupe.app.eval;

import java.util.Locale;

/**
 * A quality or speed target an issue sets for a figure ("span F1 ≥ 0.90"), so evaluation and
 * benchmark commands print each figure against its target and whether it is met.
 *
 * @param name what is measured
 * @param goal the value to reach
 * @param atLeast whether the figure must reach the goal from below (else stay under it)
 * @param format how figure and goal are printed ({@code %.3f}, {@code %,.0f}...)
 */
public record Target(String name, double goal, boolean atLeast, String format) {

  /** A figure that must be at least {@code goal}, printed with three decimals. */
  public static Target atLeast(String name, double goal) {
    return new Target(name, goal, true, "%.3f");
  }

  /** Whether {@code value} meets the target. */
  public boolean met(double value) {
    return atLeast ? value >= goal : value <= goal;
  }

  /** One line: "target <name> ≥ goal: value, met" (or "NOT met"). */
  public String line(double value) {
    return String.format(Locale.ROOT, "  target %s %s " + format + ": " + format + ", %s", name, atLeast ? "≥" : "≤",
        goal, value, met(value) ? "met" : "NOT met");
  }
}
