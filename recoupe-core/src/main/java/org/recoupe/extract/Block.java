package org.recoupe.extract;

import java.util.Arrays;
import org.jsoup.nodes.Element;

/**
 * One run of text between two block boundaries of the page (a paragraph, a list item, a heading),
 * whitespace-collapsed, with the source offset of every character ({@code -1} for characters that
 * are not literally in the source: decoded entities, collapsed whitespace).
 */
final class Block {
  final Element owner;
  final int index;
  final Flag flags;
  /** The block's vote for its ancestors, set by {@link Votes}. */
  double weight;
  /** Whether the block reads as the summary of another article (set by {@link Votes}). */
  boolean teaser;
  private final StringBuilder text = new StringBuilder();
  private int[] sources = new int[64];
  private int linkChars;
  private boolean pendingSpace;
  private int pendingSpaceSource = -1;

  Block(Element owner, int index, Flag flags) {
    this.owner = owner;
    this.index = index;
    this.flags = flags;
  }

  /** Appends one decoded character found at {@code source} ({@code -1}: not literally there). */
  void append(char c, int source, boolean inLink) {
    if (isSpace(c)) {
      if (!pendingSpace && text.length() > 0) {
        pendingSpace = true;
        pendingSpaceSource = c == ' ' ? source : -1;
      }
      return;
    }
    if (pendingSpace) {
      put(' ', pendingSpaceSource, inLink);
      pendingSpace = false;
    }
    put(c, source, inLink);
  }

  /** Marks a word boundary (e.g. a {@code <br>} or an image between words). */
  void space() {
    if (text.length() > 0 && !pendingSpace) {
      pendingSpace = true;
      pendingSpaceSource = -1;
    }
  }

  private void put(char c, int source, boolean inLink) {
    if (text.length() == sources.length) {
      sources = Arrays.copyOf(sources, sources.length * 2);
    }
    sources[text.length()] = source;
    text.append(c);
    if (inLink) {
      linkChars++;
    }
  }

  /** The collapsed text. */
  String text() {
    return text.toString();
  }

  int length() {
    return text.length();
  }

  /** Source offset of character {@code i}, or {@code -1}. */
  int source(int i) {
    return sources[i];
  }

  /** Share of the text that sits inside links. */
  double linkDensity() {
    return text.length() == 0 ? 0 : (double) linkChars / text.length();
  }

  static boolean isSpace(char c) {
    return c <= ' ' || c == '\u00a0' || c == '\u2007' || c == '\u202f' || Character.isWhitespace(c);
  }
}
