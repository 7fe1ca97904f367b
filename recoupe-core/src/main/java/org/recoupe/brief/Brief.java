package org.recoupe.brief;

import java.util.List;
import java.util.Map;

/**
 * The consolidated brief of a story: what happened, how sure we are, and who said what. Every
 * summary sentence carries the articles that back it.
 *
 * @param headline one line saying what happened
 * @param fiveW who, what, when, where, why, how — each a short answer with the passages it comes
 *     from, or absent when the sources do not say it
 * @param summary the summary sentences, most independently corroborated first
 * @param singleSource claims only one origin makes, to be read with care
 */
public record Brief(String headline, Map<String, Answer> fiveW, List<SummaryPoint> summary, List<SummaryPoint> singleSource) {
  /** Defensive copies. */
  public Brief {
    fiveW = Map.copyOf(fiveW);
    summary = List.copyOf(summary);
    singleSource = List.copyOf(singleSource);
  }
}
