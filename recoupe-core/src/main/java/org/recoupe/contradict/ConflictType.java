package org.recoupe.contradict;

/** The kind of value on which two passages disagree. */
public enum ConflictType {
  /** A quantity of the same counted thing ("11 000 conteneurs" against "8 000 conteneurs"). */
  NUMBER,
  /** A calendar date or year ("18 juin" against "19 juin"). */
  DATE,
  /** A day of the week, named or implied by a dated day ("mercredi" against "jeudi"). */
  WEEKDAY,
  /** An ordinal of the same thing ("première visite" against "troisième visite"). */
  ORDINAL_COUNT,
  /** A predicate asserted on one side and negated on the other ("a reconnu", "n'a pas reconnu"). */
  NEGATION,
  /** Opposite words from the curated lexicon ("hausse" against "baisse", "vrai" against "faux"). */
  ANTONYM,
  /** A different name in the same role ("visite à Moscou" against "visite à Pékin"). */
  ENTITY_SUBSTITUTION,
  /** One side reports a denial ("nie", "dément", "denies") of what the other states or reports. */
  DENIAL
}
