package org.recoupe.contradict;

import java.util.List;
import org.recoupe.document.Span;

/**
 * The numbers of a text that count something, read as the contradiction checks read them ("plus de
 * 11 000 conteneurs", "42 millions d'euros", "environ deux heures", "dozens of missiles"): for other
 * capabilities that need quantities with their units.
 */
public final class QuantityReader {
  private QuantityReader() {}

  /**
   * A quantity found.
   *
   * @param span where it is in the text read (the number through the counted noun)
   * @param low the smallest value the words allow
   * @param high the largest value the words allow (infinite for "plus de", "more than")
   * @param unit the stem of what is counted, or "%"
   */
  public record Found(Span span, double low, double high, String unit) {}

  /** The quantities of {@code text} in {@code language} ("fr" or "en"), in text order. */
  public static List<Found> of(String text, String language) {
    Analysis a = new Analysis(Passage.of(text, language));
    return Quantities.of(a).stream().map(q -> new Found(q.span(), q.low(), q.high(), q.unit())).toList();
  }
}
