package org.recoupe.brief;

import java.util.List;
import org.recoupe.document.Span;

/**
 * A place where sources disagree, or where one source contradicts itself (a weekday that does not
 * match its date).
 *
 * @param kind what disagrees: {@code weekday}, {@code date}, {@code number}, {@code count}, ...
 * @param summary one sentence saying what the disagreement is
 * @param sides each side: the articles that say it and how
 */
public record Conflict(String kind, String summary, List<Side> sides) {
  /** Defensive copy. */
  public Conflict {
    sides = List.copyOf(sides);
  }

  /**
   * One side of a conflict.
   *
   * @param value the value this side gives ("2024-06-18", "11 000")
   * @param articleIds the articles that give it
   * @param quotes where each article says it: sentence span in that article's text, in the order of
   *     {@code articleIds}
   * @param text the words of the first article saying it
   */
  public record Side(String value, List<String> articleIds, List<Span> quotes, String text) {
    /** Defensive copies. */
    public Side {
      articleIds = List.copyOf(articleIds);
      quotes = List.copyOf(quotes);
    }
  }
}
