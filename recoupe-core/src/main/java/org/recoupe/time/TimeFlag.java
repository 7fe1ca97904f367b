package org.recoupe.time;

/** Remarks attached to a {@link TimeExpression}. */
public enum TimeFlag {
  /** The value depends on an anchor that is not the article's publication date. */
  ANCHOR_INFERRED,
  /** The value would depend on an anchor but none was known, so it is left underspecified. */
  NO_ANCHOR,
  /** A weekday and a date that do not agree, as in "mercredi 18 juin" in 2024 (a Tuesday). */
  WEEKDAY_MISMATCH
}
