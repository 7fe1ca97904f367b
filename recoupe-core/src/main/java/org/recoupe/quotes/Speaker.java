package org.recoupe.quotes;

import org.recoupe.document.Span;

/**
 * The words of an article that name who said a quotation ("M. Poutine", "le président russe",
 * "KCNA"). For a pronoun ("a-t-il ajouté") the span is that of the antecedent the pronoun was
 * resolved to. The entities stage maps the span to a canonical entity.
 *
 * @param span where the naming words are, in {@code Keys.TEXT} offsets
 * @param text the naming words
 * @param how how the speaker was found
 */
public record Speaker(Span span, String text, Attribution how) {

  /** The attribution pattern that gave the speaker. */
  public enum Attribution {
    /** « … », a déclaré X / "…," X said. */
    AFTER_QUOTE,
    /** X a déclaré : « … » / X said "…". */
    BEFORE_QUOTE,
    /** Selon X / d'après X / according to X / pour X. */
    ACCORDING_TO,
    /** A pronoun (a-t-il ajouté, he said) resolved to the latest speaker. */
    PRONOUN,
    /** A quotation standing alone after one attributed to X. */
    CONTINUATION,
    /**
     * A quotation standing as a paragraph of its own (a headline, an intertitle) before the text
     * that attributes it: its words come back later, or the next paragraph's quotations are X's.
     */
    HEADLINE
  }
}
