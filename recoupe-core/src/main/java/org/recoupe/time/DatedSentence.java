package org.recoupe.time;

import java.time.LocalDate;
import org.recoupe.document.Span;

/**
 * A sentence of an article together with the date it is about: a sentence-level event for a
 * timeline, or one side of a date comparison between articles.
 *
 * @param articleId the id of the article it comes from
 * @param sentence where the sentence is in the article's text
 * @param text the sentence's text
 * @param expression the time expression that dates it (value, span, weekday claim, flags)
 * @param start first day of the period the value covers
 * @param end last day of that period
 * @param background whether it is past background ("en septembre dernier, Kim s'était rendu…")
 *     rather than the day's events
 */
public record DatedSentence(
    String articleId, Span sentence, String text, TimeExpression expression, LocalDate start,
    LocalDate end, boolean background) {

  /** The TIMEX3 value that dates the sentence. */
  public String value() {
    return expression.value();
  }
}
