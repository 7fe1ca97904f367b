package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Span;

/**
 * Finds quotations by their marks: « … » (with or without inner spaces), “ … ”, ‹ … ›, and straight
 * "…" paired in order. A French quotation that runs over several paragraphs (no closing mark before
 * the paragraph ends; the next paragraphs may reopen with «, as French typography wants, or not)
 * is one quotation, over four paragraphs at most; so is an English one whose paragraphs each reopen
 * with “ (or ", when the first paragraph opens on it) and only the last closes, and a straight-quoted
 * French one whose later paragraphs do not reopen. A stray closing mark
 * used as an opener (« l' »expansion ») is read as an opener; marks that never pair are ignored.
 * Only outermost quotations are returned; quotes nested inside them belong to them.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** Outer spans (marks included) of the quotations in {@code text}, in order. */
  static List<Span> find(String text, List<Span> paragraphs) {
    List<Span> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int i = para.start();
      while (i < para.end()) {
        char c = text.charAt(i);
        int close = -1;
        if (c == '«' || (c == '»' && opensLikeGuillemet(text, i, para))) {
          close = closeGuillemet(text, i + 1, paragraphs, p);
        } else if (c == '“') {
          close = closeWithin(text, i + 1, para.end(), '“', '”');
          if (close < 0) {
            close = firstOf(text, i + 1, para.end(), '"');
          }
          if (close < 0) {
            close = closeReopened(text, paragraphs, p, '“', '”');
          }
        } else if (c == '‹') {
          close = closeWithin(text, i + 1, para.end(), '‹', '›');
        } else if (c == '"' && opensStraight(text, i, para)) {
          int straight = firstOf(text, i + 1, para.end(), '"');
          int curly = firstOf(text, i + 1, para.end(), '”');
          close = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
          if (close < 0 && i == firstNonSpace(text, para)) {
            close = closeReopenedStraight(text, paragraphs, p);
          }
          if (close < 0 && i == firstNonSpace(text, para)) {
            close = closeContinuedStraight(text, paragraphs, p);
          }
        }
        if (close > i) {
          out.add(new Span(i, close + 1));
          if (close >= para.end()) {
            while (p + 1 < paragraphs.size() && paragraphs.get(p + 1).start() <= close) {
              p++;
            }
            para = paragraphs.get(p);
          }
          i = close + 1;
        } else {
          i++;
        }
      }
    }
    return out;
  }

  /** A » right after a space or apostrophe and before a letter is a typo for «. */
  private static boolean opensLikeGuillemet(String text, int i, Span para) {
    boolean before = i == para.start() || Character.isWhitespace(text.charAt(i - 1))
        || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’';
    boolean after = i + 1 < para.end() && Character.isLetter(text.charAt(i + 1));
    return before && after;
  }

  /** A straight quote opens where it is not glued to a preceding letter. */
  private static boolean opensStraight(String text, int i, Span para) {
    return i == para.start() || !Character.isLetterOrDigit(text.charAt(i - 1))
        || i + 1 < para.end() && Character.isUpperCase(text.charAt(i + 1));
  }

  private static int firstOf(String text, int from, int end, char mark) {
    int j = text.indexOf(mark, from);
    return j >= 0 && j < end ? j : -1;
  }

  private static int closeWithin(String text, int from, int end, char open, char close) {
    int depth = 0;
    for (int j = from; j < end; j++) {
      char c = text.charAt(j);
      if (c == open) {
        depth++;
      } else if (c == close) {
        if (depth == 0) {
          return j;
        }
        depth--;
      }
    }
    return -1;
  }

  /**
   * For an English quotation over several paragraphs, which leaves each paragraph open and reopens
   * the next one with “: the closing mark in the first later paragraph that has one, provided every
   * paragraph in between reopens with the mark; -1 otherwise.
   */
  private static int closeReopened(String text, List<Span> paragraphs, int p, char open, char close) {
    for (int q = p + 1; q < paragraphs.size() && q <= p + 3; q++) {
      Span para = paragraphs.get(q);
      int first = firstNonSpace(text, para);
      if (first < 0 || text.charAt(first) != open) {
        return -1;
      }
      int j = closeWithin(text, first + 1, para.end(), open, close);
      if (j >= 0) {
        return j;
      }
    }
    return -1;
  }

  /** The same for straight marks: a paragraph opening on " and left open, closed in a later one. */
  private static int closeReopenedStraight(String text, List<Span> paragraphs, int p) {
    for (int q = p + 1; q < paragraphs.size() && q <= p + 3; q++) {
      Span para = paragraphs.get(q);
      int first = firstNonSpace(text, para);
      if (first < 0 || text.charAt(first) != '"') {
        return -1;
      }
      int j = firstOf(text, first + 1, para.end(), '"');
      if (j >= 0) {
        return j;
      }
    }
    return -1;
  }

  /**
   * For straight marks standing for guillemets, a quotation that opens its paragraph and continues
   * without reopening marks: the first mark of the next paragraph that has any, when that paragraph
   * has an odd number of them and the first closes (glued to the word before it, not to a digit
   * as in 6'2", nor to the word after), at most three paragraphs on; -1 otherwise.
   */
  private static int closeContinuedStraight(String text, List<Span> paragraphs, int p) {
    for (int q = p + 1; q < paragraphs.size() && q <= p + 3; q++) {
      Span para = paragraphs.get(q);
      int count = 0;
      int first = -1;
      for (int j = para.start(); j < para.end(); j++) {
        if (text.charAt(j) == '"') {
          first = count == 0 ? j : first;
          count++;
        }
      }
      if (count == 0) {
        continue;
      }
      boolean glued = first > para.start() && !Character.isWhitespace(text.charAt(first - 1))
          && !Character.isDigit(text.charAt(first - 1));
      boolean free = first + 1 >= para.end() || !Character.isLetterOrDigit(text.charAt(first + 1));
      return count % 2 == 1 && glued && free ? first : -1;
    }
    return -1;
  }

  /** The matching », in this paragraph or, for a French continued quotation, a later one. */
  private static int closeGuillemet(String text, int from, List<Span> paragraphs, int p) {
    int depth = 0;
    for (int q = p; q < paragraphs.size() && q <= p + 3; q++) {
      Span para = paragraphs.get(q);
      int j = q == p ? from : para.start();
      if (q > p) {
        int first = firstNonSpace(text, para);
        if (first < 0) {
          return -1;
        }
        j = text.charAt(first) == '«' ? first + 1 : first;
      }
      for (; j < para.end(); j++) {
        char c = text.charAt(j);
        if (c == '«') {
          depth++;
        } else if (c == '»') {
          if (depth == 0) {
            return j;
          }
          depth--;
        }
      }
    }
    return -1;
  }

  private static int firstNonSpace(String text, Span para) {
    for (int j = para.start(); j < para.end(); j++) {
      if (!Character.isWhitespace(text.charAt(j))) {
        return j;
      }
    }
    return -1;
  }
}
