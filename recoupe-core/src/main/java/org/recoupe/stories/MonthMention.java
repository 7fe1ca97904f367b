package org.recoupe.stories;

/**
 * A month named in an article's text ("le 2 juillet", "June 2024"), a date signal of which event it
 * tells.
 *
 * @param year the year, or 0 when the text does not say
 * @param month 1 to 12
 */
public record MonthMention(int year, int month) {
  /** Checks the month. */
  public MonthMention {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
  }
}
