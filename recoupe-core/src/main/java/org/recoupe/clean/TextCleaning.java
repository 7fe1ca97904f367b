package org.recoupe.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recoupe.document.AlignedText;
import org.recoupe.document.Document;
import org.recoupe.document.Key;
import org.recoupe.document.Keys;
import org.recoupe.document.Removal;
import org.recoupe.document.Span;
import org.recoupe.pipeline.Stage;

/**
 * Turns the original content into the article's clean text: one paragraph per non-blank line,
 * paragraphs separated by a blank line, with the offset map back to the original.
 */
public final class TextCleaning implements Stage {

  @Override
  public String name() {
    return "clean";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.ORIGINAL);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TEXT, Keys.ALIGNMENT, Keys.REMOVED, Keys.PARAGRAPHS);
  }

  @Override
  public Document apply(Document document) {
    String original = document.get(Keys.ORIGINAL);
    AlignedText.Builder out = AlignedText.builder(original);
    List<Span> paragraphs = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    int pos = 0;
    while (pos < original.length()) {
      int eol = original.indexOf('\n', pos);
      int end = eol < 0 ? original.length() : eol;
      int s = pos;
      int e = end;
      while (s < e && Character.isWhitespace(original.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(original.charAt(e - 1))) {
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
    AlignedText clean = out.build();
    return document
        .with(Keys.TEXT, clean.text())
        .with(Keys.ALIGNMENT, clean.map())
        .with(Keys.REMOVED, List.copyOf(removed))
        .with(Keys.PARAGRAPHS, List.copyOf(paragraphs));
  }
}
