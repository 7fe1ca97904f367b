package org.recoupe.claims;

import org.recoupe.document.Span;

/**
 * A number and what it counts, as a claim states it: "plus de 11 000 conteneurs" allows 11,000 to
 * infinity containers.
 *
 * @param text the words
 * @param span where they are in the article's cleaned text
 * @param low the smallest value the words allow
 * @param high the largest value the words allow (infinite for "plus de")
 * @param unit the stem of what is counted ("conteneur", "heur", "%")
 */
public record Amount(String text, Span span, double low, double high, String unit) {

  /** Whether the two amounts count the same thing and some value is allowed by both. */
  public boolean compatible(Amount o) {
    return unit.equals(o.unit) && low <= o.high && o.low <= high;
  }
}
