package org.recoupe.clean;

import java.util.List;
import java.util.Set;

/**
 * Finds the article's main block: the run of lines with the largest mass of prose, where every
 * prose line counts its words, every other line costs a penalty (a quarter of it for a short
 * phrase in lower case, as in lists, and for an advertisement, prompt, caption or recap: those
 * interrupt an article, where an unknown short line more likely leaves it) (the maximum-sum
 * segment, found in one pass). Short lines inside the run (headings, short paragraphs) are then
 * content; short lines around it are suspect.
 */
final class MainBlock {
  /** What a non-prose line costs, in words of prose. */
  static final int PENALTY = 8;

  /** Boilerplate found inside articles, which costs less than an unknown short line. */
  private static final Set<String> INTERRUPTIONS = Set.of(Reason.ADVERTISEMENT, Reason.APP,
      Reason.NEWSLETTER, Reason.SUBSCRIBER, Reason.CAPTION, Reason.CREDIT, Reason.RECAP);

  private MainBlock() {}

  /** The first and last line of the main block, or {@code null} if the page has no prose. */
  static int[] find(List<Line> lines, Marks marks) {
    int best = 0;
    int bestFrom = -1;
    int bestTo = -1;
    int sum = 0;
    int from = 0;
    for (int i = 0; i < lines.size(); i++) {
      int s = score(lines.get(i), marks.reason(i));
      if (sum <= 0) {
        sum = s;
        from = i;
      } else {
        sum += s;
      }
      if (sum > best) {
        best = sum;
        bestFrom = from;
        bestTo = i;
      }
    }
    return bestFrom < 0 ? null : new int[] {bestFrom, bestTo};
  }

  private static int score(Line line, String reason) {
    if (reason != null) {
      return INTERRUPTIONS.contains(reason) ? -PENALTY / 4 : -PENALTY;
    }
    if (line.prose()) {
      return line.words();
    }
    return line.words() >= 4 && line.lowerWords() * 2 >= line.words() ? -PENALTY / 4 : -PENALTY;
  }
}
