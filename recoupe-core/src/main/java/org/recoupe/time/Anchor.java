package org.recoupe.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date relative expressions ("hier", "mardi dernier") are resolved against, and where it came
 * from.
 *
 * @param date the reference day
 * @param source whether it is the article's own publication date or was inferred
 */
public record Anchor(LocalDate date, Source source) {
  /** Where an anchor came from. */
  public enum Source {
    /** The article's publication date ({@code Keys.METADATA}). */
    PUBLISHED,
    /** A date given by the caller, such as the dates of the story the article belongs to. */
    CALLER,
    /** The latest complete date written in the article's own text. */
    TEXT
  }

  /** Checks that both fields are present. */
  public Anchor {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
  }

  /** Whether the date is not the article's own publication date. */
  public boolean inferred() {
    return source != Source.PUBLISHED;
  }
}
