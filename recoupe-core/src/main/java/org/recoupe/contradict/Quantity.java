package org.recoupe.contradict;

import org.recoupe.document.Span;

/**
 * A number as a passage states it: the interval of values it allows ("plus de 50" allows 50 to
 * infinity, "environ 100" 80 to 120, "8 à 20" 8 to 20), the stem of what it counts ("conteneur",
 * or "%"), and its span.
 */
record Quantity(Span span, double low, double high, String unit) {

  /** Whether some value is allowed by both. */
  boolean compatible(Quantity o) {
    return low <= o.high && o.low <= high;
  }
}
