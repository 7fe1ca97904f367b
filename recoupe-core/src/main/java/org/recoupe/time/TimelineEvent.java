package org.recoupe.time;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a merged timeline: the sentences, from one or several articles, that report the
 * same thing on the same date.
 *
 * @param value the TIMEX3 value shared by the mentions
 * @param start first day of the period
 * @param end last day of the period
 * @param background whether every mention is past background
 * @param mentions the dated sentences, in the order they were given
 * @param articleIds the distinct ids of the articles that report it, in order of first mention
 */
public record TimelineEvent(
    String value, LocalDate start, LocalDate end, boolean background, List<DatedSentence> mentions,
    List<String> articleIds) {
  /** Defensive copies. */
  public TimelineEvent {
    mentions = List.copyOf(mentions);
    articleIds = List.copyOf(articleIds);
  }
}
