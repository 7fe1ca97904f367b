package org.recoupe.contradict;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One side of a comparison: a sentence as a source wrote it, its language ({@code "fr"} or
 * {@code "en"}; anything else is read as French) and, when known, the day it was published (used
 * to give a year to dates written without one).
 */
public record Passage(String text, String language, LocalDate published) {
  /** Checks that text and language are given. */
  public Passage {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
  }

  /** A passage with no publication date. */
  public static Passage of(String text, String language) {
    return new Passage(text, language, null);
  }

  /** Whether the passage is in English (otherwise it is read as French). */
  public boolean english() {
    return language.startsWith("en");
  }
}
