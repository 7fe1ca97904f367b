package org.recoupe.quotes;

import java.util.List;

/**
 * One thing someone said, as several articles quote it: identical, lightly edited, translated
 * differently, or cut shorter.
 *
 * @param speaker the speaker as the first wording names it, or {@code null} if none does
 * @param wordings every quotation of the statement, in article order
 */
public record Statement(String speaker, List<Wording> wordings) {
  /** Defensive copy. */
  public Statement {
    wordings = List.copyOf(wordings);
  }

  /** One article's quotation of a statement. */
  public record Wording(String articleId, Quote quote) {}

  /** The ids of the articles that quote it, in order, without repeats. */
  public List<String> articleIds() {
    return wordings.stream().map(Wording::articleId).distinct().toList();
  }
}
