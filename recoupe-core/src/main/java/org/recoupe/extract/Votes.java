package org.recoupe.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Weighs each block as evidence of article text: running text (long or punctuated, few links)
 * weighs its length; link lists and short labels weigh against. A block that shares a small
 * container with a linked headline just before it (give or take a byline or a date) is a teaser
 * for another article and weighs against too. A block whose text the page's JSON-LD
 * {@code articleBody} repeats is article text, whatever its length; when the blocks so found
 * cover that declared body almost entirely, the other blocks weigh against.
 */
final class Votes {
  private static final Pattern MARKUP = Pattern.compile("^<[a-zA-Z!/][^>]*>");
  private static final int TEASER_REACH = 4;
  private static final int TEASER_LOOKBACK = 3;

  private Votes() {}

  private static final int DECLARED_MIN = 200;
  private static final int DECLARED_BLOCK_MIN = 20;
  private static final double DECLARED_COVER = 0.8;

  /**
   * Sets {@link Block#weight} and {@link Block#teaser} of every block; {@code declared} is the
   * page's JSON-LD article body ({@code ""} if none).
   */
  static void weigh(List<Block> blocks, String declared) {
    boolean hint = declared.length() >= DECLARED_MIN;
    int covered = 0;
    Set<Block> declaredBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Element, Integer> counts = new IdentityHashMap<>();
    for (Block b : blocks) {
      for (Element e = b.owner; e != null; e = e.parent()) {
        counts.merge(e, 1, Integer::sum);
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      b.weight = weight(b);
      b.teaser = b.weight > 0 && followsHeadline(blocks, i, counts);
      if (b.teaser) {
        b.weight = -0.5 * b.length();
      } else if (hint && b.length() >= DECLARED_BLOCK_MIN && declared.contains(b.text())) {
        b.weight = 2.0 * b.length();
        covered += b.length();
        declaredBlocks.add(b);
      }
    }
    if (hint && covered >= DECLARED_COVER * declared.length()) {
      for (Block b : blocks) {
        if (!declaredBlocks.contains(b)) {
          b.weight = -Math.abs(b.weight);
        }
      }
    }
  }

  /** Whether one of the few short blocks before block {@code i} is a linked headline close by. */
  private static boolean followsHeadline(List<Block> blocks, int i, Map<Element, Integer> counts) {
    for (int k = i - 1; k >= Math.max(0, i - TEASER_LOOKBACK); k--) {
      Block previous = blocks.get(k);
      if (isLinkedHeadline(previous)) {
        return smallCommonContainer(previous.owner, blocks.get(i).owner, counts, i - k + 2);
      }
      if (previous.weight > 0) {
        return false;
      }
    }
    return false;
  }

  private static double weight(Block b) {
    int length = b.length();
    double links = b.linkDensity();
    if (links > 0.5 || MARKUP.matcher(b.text()).find()) {
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

  private static boolean isLinkedHeadline(Block b) {
    return b.length() >= 15 && b.linkDensity() >= 0.9 && isHeading(b.owner);
  }

  static boolean isHeading(Element e) {
    String tag = e.normalName();
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }

  /** Whether {@code a} and {@code b} share an ancestor, close to {@code b}, that holds few blocks. */
  private static boolean smallCommonContainer(
      Element a, Element b, Map<Element, Integer> counts, int most) {
    Element up = b;
    for (int i = 0; i < TEASER_REACH && up != null; i++, up = up.parent()) {
      if (MainContent.within(a, up)) {
        return counts.getOrDefault(up, 0) <= most;
      }
    }
    return false;
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
}
