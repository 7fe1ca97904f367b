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
    return bestFrom < 0 ? null : largestItem(lines, marks, bestFrom, bestTo);
  }

  /**
   * A byline or date line under a title inside the block, once prose has begun, starts another item (a list of
   * teasers with their authors and dates, a second story): the block is cut there, and the part
   * with the most prose is the article, trimmed to its first and last prose lines.
   */
  private static int[] largestItem(List<Line> lines, Marks marks, int from, int to) {
    int[] best = {from, to};
    int bestWords = -1;
    int start = from;
    int words = 0;
    int first = -1;
    int last = -1;
    for (int i = from; i <= to + 1; i++) {
      boolean end = i > to;
      if (!end && words > 0 && isItemHead(lines, marks, i)) {
        end = true;
      }
      if (end) {
        if (words > bestWords) {
          bestWords = words;
          best = new int[] {start == from ? from : first, last};
        }
        start = i;
        words = 0;
        first = -1;
        last = -1;
      }
      if (i <= to && marks.kept(i) && lines.get(i).prose()) {
        words += lines.get(i).words();
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return best;
  }

  private static boolean isByOrDate(String reason) {
    return Reason.DATE.equals(reason) || Reason.BYLINE.equals(reason);
  }

  /** A byline or date line one or two lines below a title (a short line that is not prose). */
  private static boolean isItemHead(List<Line> lines, Marks marks, int i) {
    if (!isByOrDate(marks.reason(i))) {
      return false;
    }
    for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
      Line title = lines.get(j);
      if (marks.kept(j) && !title.prose() && title.words() >= 3) {
        return true;
      }
    }
    return false;
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
