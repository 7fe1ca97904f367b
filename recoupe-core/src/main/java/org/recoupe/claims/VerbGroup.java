package org.recoupe.claims;

import org.recoupe.claims.Predicate.Tense;

/**
 * A verb group of a sentence: auxiliaries, clitics and negation with the lexical verb they go with
 * ("ne l'a pas encore signé", "a été signé", "will sign", "signed").
 *
 * @param first index of its first token (a clitic, "ne", or the auxiliary)
 * @param head index of the lexical verb
 * @param last index of its last token (the verb, or "pas" after it)
 * @param lemma the lexical verb's infinitive, "se " before it for a reflexive ("se rendre")
 * @param tense its tense
 * @param negated whether it is negated
 * @param passive whether it is passive
 * @param finite whether it is conjugated (false for a participle or gerund standing alone)
 */
record VerbGroup(int first, int head, int last, String lemma, Tense tense, boolean negated, boolean passive,
    boolean finite) {}
