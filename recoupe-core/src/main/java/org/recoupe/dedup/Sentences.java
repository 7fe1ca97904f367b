package org.recoupe.dedup;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Span;

/**
 * A light sentence splitter for near-duplicate search (no language model): a sentence ends at
 * {@code . ! ? …} followed by a space, unless the word before the full stop is a short capitalised
 * abbreviation such as {@code M.} or {@code MM.}.
 */
final class Sentences {
  private Sentences() {}

  static List<Span> split(String text, Span paragraph) {
    List<Span> out = new ArrayList<>();
    int start = skipSpace(text, paragraph.start(), paragraph.end());
    for (int i = start; i < paragraph.end(); i++) {
      char c = text.charAt(i);
      boolean terminal = c == '.' || c == '!' || c == '?' || c == '…';
      if (terminal && i + 1 < paragraph.end() && Character.isWhitespace(text.charAt(i + 1))
          && !(c == '.' && abbreviation(text, start, i))) {
        out.add(new Span(start, i + 1));
        start = skipSpace(text, i + 1, paragraph.end());
        i = start - 1;
      }
    }
    int end = paragraph.end();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
    return out;
  }

  /** Whether more than half the letters of the sentence lie between quotation marks. */
  static boolean mostlyQuoted(String text, Span sentence) {
    int letters = 0;
    int quotedLetters = 0;
    boolean inQuote = false;
    for (int i = sentence.start(); i < sentence.end(); i++) {
      char c = text.charAt(i);
      if (c == '«' || c == '“' || (c == '"' && !inQuote)) {
        inQuote = true;
      } else if (c == '»' || c == '”' || c == '"') {
        inQuote = false;
      } else if (Character.isLetter(c)) {
        letters++;
        if (inQuote) {
          quotedLetters++;
        }
      }
    }
    return letters > 0 && quotedLetters * 2 > letters;
  }

  private static boolean abbreviation(String text, int sentenceStart, int dot) {
    int w = dot;
    while (w > sentenceStart && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    int len = dot - w;
    return len > 0 && len <= 2 && Character.isUpperCase(text.charAt(w));
  }

  private static int skipSpace(String text, int i, int end) {
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
