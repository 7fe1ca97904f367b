package org.recoupe.time;

/** The tense of the verb an expression depends on, as far as cheap cues tell. */
public enum Tense {
  /** Past: "a eu lieu jeudi", "avait indiqué lundi", "was held on Thursday". */
  PAST,
  /** Future: "aura lieu jeudi", "va signer jeudi", "will meet on Thursday". */
  FUTURE,
  /** No cue, or present tense. */
  NONE
}
