package org.recoupe.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.recoupe.clean.CleanText;
import org.recoupe.document.AlignedText;
import org.recoupe.document.Removal;
import org.recoupe.document.Span;

/**
 * Finds the main text of an HTML page: leaves out page furniture (scripts, navigation, share bars,
 * comments, related links, advertisements, captions...), picks the element that holds the article
 * (see {@link MainContent}) and writes its blocks one paragraph each. The text is aligned to the
 * HTML source: characters copied from text nodes map to their exact source offset; characters
 * decoded from entities ({@code &amp;}, {@code &nbsp;}) and collapsed whitespace are inserted and
 * map to the next copied character. Thread-safe.
 */
public final class HtmlExtractor {

  /** Extracts the main text of {@code html}. */
  public CleanText extract(String html) {
    Document page = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    BlockCollector collector = new BlockCollector(html);
    collector.collect(page);
    List<Removal> removed = new ArrayList<>(collector.removed());
    Votes.weigh(collector.blocks(), JsonLdBody.of(page));
    List<Block> blocks = Furniture.strip(collector.blocks(), removed);
    Element main = MainContent.container(blocks);
    if (main == null) {
      main = page.body();
    }
    AlignedText.Builder out = AlignedText.builder(html);
    List<Span> paragraphs = new ArrayList<>();
    for (Block b : blocks) {
      String reason = !MainContent.within(b.owner, main) ? "boilerplate"
          : BlockFilter.reason(b);
      if (reason != null) {
        removed.add(new Removal(span(b), reason, SourceSpans.shorten(b.text())));
        continue;
      }
      if (out.length() > 0) {
        out.insert("\n\n");
      }
      int start = out.length();
      write(b, out);
      paragraphs.add(new Span(start, out.length()));
    }
    removed.sort((a, b) -> a.span().compareTo(b.span()));
    return new CleanText(out.build(), paragraphs, removed);
  }

  private static void write(Block b, AlignedText.Builder out) {
    String text = b.text();
    int i = 0;
    while (i < text.length()) {
      int src = b.source(i);
      int j = i + 1;
      if (src < 0) {
        while (j < text.length() && b.source(j) < 0) {
          j++;
        }
        out.insert(text.substring(i, j));
      } else {
        while (j < text.length() && b.source(j) == src + (j - i)) {
          j++;
        }
        out.copy(src, src + (j - i));
      }
      i = j;
    }
  }

  private static Span span(Block b) {
    int start = -1;
    int end = -1;
    for (int i = 0; i < b.length(); i++) {
      int s = b.source(i);
      if (s >= 0) {
        if (start < 0) {
          start = s;
        }
        end = Math.max(end, s + 1);
      }
    }
    return start < 0 ? new Span(0, 0) : new Span(start, end);
  }
}
