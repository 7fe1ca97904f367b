package org.recoupe.claims;

/**
 * What a word form of a verb is: its lemma, whether it is finite, an infinitive or a present
 * participle, and for a finite form its tense (past participles are looked up on their own).
 *
 * @param lemma the infinitive ("signer", "sign")
 * @param kind the kind of form
 * @param tense the tense of a finite form; {@code null} otherwise
 */
record VerbForm(String lemma, Kind kind, Predicate.Tense tense) {
  /** Kinds of verb forms. */
  enum Kind {
    /** A conjugated form ("signe", "signaient", "signed" as a past tense, "signs"). */
    FINITE,
    /** An infinitive ("signer", "sign"). */
    INFINITIVE,
    /** A present participle or gerund ("signant", "signing"). */
    GERUND
  }
}
