package org.recoupe.contradict;

/** What the detector concludes about two passages. */
public enum Verdict {
  /** The passages share enough content and no conflict was found. */
  COMPATIBLE,
  /** At least one conflict was found between aligned values. */
  CONTRADICTION,
  /** The passages share too little content to compare: unrelated, or beyond these rules. */
  UNKNOWN
}
