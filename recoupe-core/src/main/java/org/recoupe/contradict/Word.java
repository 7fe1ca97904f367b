package org.recoupe.contradict;

import org.recoupe.document.Span;

/**
 * A token of a passage: its characters, folded form (lower case, no accents, straight
 * apostrophe), light stem, position in the passage's token list and span in its text.
 */
public record Word(String text, String folded, String stem, int index, Span span) {

  /** Whether the token starts with a letter. */
  public boolean isLetter() {
    return Character.isLetter(text.charAt(0));
  }

  /** Whether the token starts with a digit. */
  public boolean isNumber() {
    return Character.isDigit(text.charAt(0));
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean capitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** Whether the folded form is {@code f}. */
  public boolean is(String f) {
    return folded.equals(f);
  }
}
