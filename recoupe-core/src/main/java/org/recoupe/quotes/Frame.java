package org.recoupe.quotes;

import org.recoupe.document.Span;
import org.recoupe.quotes.Speaker.Attribution;

/**
 * What a sentence says of who speaks: the naming words ({@code speaker}; the pronoun's own word
 * when {@code pronoun} is set; empty when the subject is implied and {@code inherit} says to take
 * it from the sentence's earlier quotation or the text before), how, the verb, and the relay.
 *
 * @param speaker the naming words, or the pronoun, or {@code null}
 * @param how the attribution pattern
 * @param verb the reporting verb or phrase, or {@code null}
 * @param via who relayed the words, or {@code null}
 * @param pronoun the pronoun to resolve, or {@code null} when the words name the speaker
 * @param inherit whether the speaker is implied and comes from the context
 * @param features the features of the naming words
 */
record Frame(Span speaker, Attribution how, String verb, Span via, Pronoun pronoun, boolean inherit,
    Features features) {
  boolean isPronoun() {
    return pronoun != null;
  }

  /** A pronoun ({@code folded}, at {@code at}) to resolve; a word that is no pronoun reads as one saying nothing. */
  static Frame pronoun(Span at, String folded, String verb) {
    Pronoun p = Pronoun.in(folded);
    return new Frame(at, Attribution.PRONOUN, verb, null, p != null ? p : Pronoun.ANY, false, Features.UNKNOWN);
  }
}
