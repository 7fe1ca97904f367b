/**
 * Pairwise contradiction detection between two sentences that a caller believes are about the
 * same fact. {@link org.recoupe.contradict.ContradictionDetector} runs small {@link
 * org.recoupe.contradict.Check}s, one per kind of conflict (numbers, dates, weekdays, ordinals,
 * negation, antonyms, substituted names, denials), over a {@link org.recoupe.contradict.Pair} of
 * analysed sentences, and returns a {@link org.recoupe.contradict.Judgement}. Everything here is
 * pure and thread-safe.
 */
package org.recoupe.contradict;
