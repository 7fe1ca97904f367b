package org.recoupe.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.recoupe.document.Span;

/** Source ranges of parsed elements, from jsoup's position tracking. */
final class SourceSpans {
  private static final int SHOWN = 200;

  private SourceSpans() {}

  /**
   * From the element's start tag to the end of its end tag; an element without a tracked end tag
   * (implied by the parser) ends where its last tracked descendant ends; an element made up by the
   * parser gets an empty span at the start of its first tracked descendant.
   */
  static Span of(Element e) {
    Range open = e.sourceRange();
    Range close = e.endSourceRange();
    int start = open.isTracked() ? open.startPos() : firstTracked(e);
    int end = close.isTracked() ? close.endPos() : lastTracked(e);
    start = Math.max(0, start);
    return new Span(start, Math.max(start, end));
  }

  private static int firstTracked(Element e) {
    for (org.jsoup.nodes.Node n = e; n != null; n = n.childNodeSize() > 0 ? n.childNode(0) : null) {
      Range r = n.sourceRange();
      if (r.isTracked()) {
        return r.startPos();
      }
    }
    return 0;
  }

  private static int lastTracked(Element e) {
    int end = e.sourceRange().isTracked() ? e.sourceRange().endPos() : 0;
    org.jsoup.nodes.Node n = e;
    while (n.childNodeSize() > 0) {
      n = n.childNode(n.childNodeSize() - 1);
      Range r = n.sourceRange();
      if (r.isTracked()) {
        end = Math.max(end, r.endPos());
      }
      if (n instanceof Element c && c.endSourceRange().isTracked()) {
        return Math.max(end, c.endSourceRange().endPos());
      }
    }
    return end;
  }

  /** Whitespace-collapsed text cut to about 200 characters, for display. */
  static String shorten(String text) {
    String t = text.strip();
    return t.length() <= SHOWN ? t : t.substring(0, SHOWN) + "…";
  }
}
