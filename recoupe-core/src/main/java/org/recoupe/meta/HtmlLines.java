package org.recoupe.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML body as lines, one per block (paragraph, heading, list item, table
 * cell...), so that bylines, dates and credits can be read around the headline and at the foot.
 */
final class HtmlLines {
  private static final Set<String> SKIPPED = Set.of(
      "script", "style", "noscript", "template", "svg", "select", "option", "button", "iframe", "head", "textarea");
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "li", "ul", "ol", "dl", "dt",
      "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "blockquote", "figure", "figcaption",
      "address", "br", "hr", "pre", "form", "fieldset", "details", "summary");

  private HtmlLines() {}

  /** The non-blank lines of {@code root}'s visible text, whitespace squeezed. */
  static List<String> of(Element root) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      private int skipping;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          if (SKIPPED.contains(e.normalName())) {
            skipping++;
          } else if (BLOCKS.contains(e.normalName())) {
            text.append('\n');
          }
        } else if (node instanceof TextNode t && skipping == 0) {
          text.append(t.getWholeText());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (SKIPPED.contains(e.normalName())) {
            skipping--;
          } else if (BLOCKS.contains(e.normalName())) {
            text.append('\n');
          }
        }
      }
    }, root);
    List<String> lines = new ArrayList<>();
    for (String line : text.toString().split("\n")) {
      String l = Fold.squeeze(line);
      if (!l.isEmpty()) {
        lines.add(l);
      }
    }
    return lines;
  }
}
