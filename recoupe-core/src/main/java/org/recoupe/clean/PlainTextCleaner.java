package org.recoupe.clean;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.AlignedText;
import org.recoupe.document.Removal;
import org.recoupe.document.Span;

/**
 * Separates an article's main text from the boilerplate of a scraped page given as plain text.
 * Thread-safe.
 */
public final class PlainTextCleaner {

  /** Cleans {@code text}: one paragraph per non-blank line, separated by a blank line. */
  public CleanText clean(String text) {
    AlignedText.Builder out = AlignedText.builder(text);
    List<Span> paragraphs = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    int pos = 0;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      int end = eol < 0 ? text.length() : eol;
      int s = pos;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        if (out.length() > 0) {
          out.insert("\n\n");
        }
        int start = out.length();
        out.copy(s, e);
        paragraphs.add(new Span(start, out.length()));
      }
      pos = end + 1;
    }
    return new CleanText(out.build(), paragraphs, removed);
  }
}
