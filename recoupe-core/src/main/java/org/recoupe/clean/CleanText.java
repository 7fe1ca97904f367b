package org.recoupe.clean;

import java.util.List;
import org.recoupe.document.AlignedText;
import org.recoupe.document.Removal;
import org.recoupe.document.Span;

/**
 * The outcome of extraction or cleaning: the main text aligned to its source, its paragraphs, and
 * what was left out.
 *
 * @param text the main text, paragraphs separated by a blank line, with its map to the source
 * @param paragraphs the paragraphs, as spans of {@code text.text()}
 * @param removed what was left out, in source offsets, with reasons
 */
public record CleanText(AlignedText text, List<Span> paragraphs, List<Removal> removed) {
  /** Defensive copies. */
  public CleanText {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
  }
}
