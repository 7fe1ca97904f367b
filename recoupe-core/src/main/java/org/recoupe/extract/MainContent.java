package org.recoupe.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article: every block votes for all its ancestors with its
 * {@link Votes weight}; the element with the highest total is the smallest one that takes in most
 * of the running text while leaving out most of the furniture around it.
 */
final class MainContent {
  private MainContent() {}

  /** The element with the highest vote, or {@code null} if no block votes for anything. */
  static Element container(List<Block> blocks) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    Element best = null;
    double bestScore = 0;
    for (Block b : blocks) {
      double w = b.weight;
      for (Element e = b.owner; e != null; e = e.parent()) {
        double s = scores.merge(e, w, Double::sum);
        if (s > bestScore) {
          bestScore = s;
          best = e;
        }
      }
    }
    return best;
  }

  /** Whether {@code e} is {@code ancestor} or lies inside it. */
  static boolean within(Element e, Element ancestor) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }
}
