package org.recoupe.meta;

import java.util.List;

/**
 * The lines of a page where metadata is written out in words: the head (site name, headline,
 * byline, date), the tail (credits, copyright) and the lines cleaning set aside as bylines, credits,
 * dates or titles.
 *
 * @param head the first lines, in reading order
 * @param tail the last lines, in reading order
 * @param marked lines cleaning removed as metadata, in reading order
 * @param markedTitle the line cleaning removed as the title, or null
 */
record PageLines(List<String> head, List<String> tail, List<String> marked, String markedTitle) {
  /** Defensive copies. */
  PageLines {
    head = List.copyOf(head);
    tail = List.copyOf(tail);
    marked = List.copyOf(marked);
  }
}
