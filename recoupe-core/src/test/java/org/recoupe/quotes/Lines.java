package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Span;

/** Test helper: each non-blank line of a text is a paragraph, so tests do not depend on cleaning. */
final class Lines {
  private Lines() {}

  static List<Span> paragraphs(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (!text.substring(start, end).isBlank()) {
        out.add(new Span(start, end));
      }
      start = end + 1;
    }
    return out;
  }
}
