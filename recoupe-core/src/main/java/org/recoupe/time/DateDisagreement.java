package org.recoupe.time;

/**
 * Two articles that seem to report the same thing (similar sentences) on different dates.
 *
 * @param first the sentence from the first article
 * @param second the sentence from the second article
 * @param similarity how much the sentences' words overlap (Jaccard, 0 to 1)
 */
public record DateDisagreement(DatedSentence first, DatedSentence second, double similarity) {}
