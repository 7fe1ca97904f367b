package org.recoupe.claims;

import org.recoupe.document.Span;

/**
 * What a claim says was done: the verb group, its lemma and its family.
 *
 * @param text the verb group as written ("ont signé", "a été inauguré", "signed")
 * @param span where it is in the article's cleaned text
 * @param lemma the verb's infinitive ("signer", "sign")
 * @param family a language-neutral key shared by verbs that say the same act ("sign" for signer,
 *     sign, parapher, conclure); the lemma when the lexicon has no family for it
 * @param tense past, present, future or conditional
 * @param negated whether the verb is negated ("n'a pas signé", "did not sign")
 * @param passive whether the verb is passive ("a été signé par"): the actor is then the agent
 */
public record Predicate(String text, Span span, String lemma, String family, Tense tense, boolean negated,
    boolean passive) {

  /** The tense of a predicate, as far as its forms tell. */
  public enum Tense {
    /** Passé composé, imparfait, plus-que-parfait, passé simple; simple past, present perfect. */
    PAST,
    /** Present tense (news headlines and standing facts). */
    PRESENT,
    /** Future, "va signer", "will sign". */
    FUTURE,
    /** Conditional, modal or reported: "aurait offert", "pourrait utiliser", "would sign", "may". */
    CONDITIONAL
  }
}
