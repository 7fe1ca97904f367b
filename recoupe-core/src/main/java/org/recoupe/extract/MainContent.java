package org.recoupe.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article: every block votes for all its ancestors, for when it
 * reads like running text (long, punctuated, few links) and against when it is a link list or a
 * short label; the element with the highest total is the smallest one that takes in most of the
 * text while leaving out most of the furniture around it.
 */
final class MainContent {
  private MainContent() {}

  /** The element with the highest vote, or {@code null} if no block votes for anything. */
  static Element container(List<Block> blocks) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    Element best = null;
    double bestScore = 0;
    for (Block b : blocks) {
      double w = weight(b);
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

  /** The block's vote. */
  static double weight(Block b) {
    int length = b.length();
    double links = b.linkDensity();
    if (links > 0.5) {
      return -length;
    }
    if (length >= 40 && (length >= 100 || endsSentence(b.text()))) {
      return length * (1 - links);
    }
    if (links == 0 && b.owner.normalName().equals("p")) {
      return 0.3 * length;
    }
    return -0.3 * length;
  }

  static boolean endsSentence(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':') {
        return true;
      }
      if (c != '"' && c != '”' && c != '»' && c != '’' && c != ')' && c != '\'' && c != ' ') {
        return false;
      }
    }
    return false;
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
