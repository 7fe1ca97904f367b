package org.recoupe.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.recoupe.document.Removal;
import org.recoupe.document.Span;

/**
 * Walks a parsed page once, leaves out what {@link BoilerplateRules} rejects (recording each
 * removal), and cuts the rest into {@link Block}s at block-level tags, mapping every character to
 * its offset in the HTML source. One instance per page; not thread-safe.
 */
final class BlockCollector {
  static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
      "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
      "caption", "legend", "option", "noscript", "br", "frameset", "output");

  private final String html;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Removal> removed = new ArrayList<>();
  private Flag flags;
  private Block open;
  private int linkDepth;

  BlockCollector(String html) {
    this.html = html;
  }

  /** Collects the blocks under {@code root}. */
  void collect(Element root) {
    walk(root, root);
    close();
  }

  List<Block> blocks() {
    return blocks;
  }

  List<Removal> removed() {
    return removed;
  }

  private void walk(Element e, Element owner) {
    String reason = BoilerplateRules.reason(e);
    if (reason != null && BoilerplateRules.firm(reason)) {
      remove(e, reason);
      if (open != null) {
        open.space();
      }
      return;
    }
    Flag around = flags;
    if (reason != null) {
      close();
      flags = new Flag(e, reason, around);
    }
    String tag = e.normalName();
    boolean block = BLOCK_TAGS.contains(tag);
    if (block) {
      close();
      owner = e;
    }
    boolean link = tag.equals("a");
    if (link) {
      linkDepth++;
    }
    for (int i = 0; i < e.childNodeSize(); i++) {
      Node child = e.childNode(i);
      if (child instanceof TextNode t) {
        text(t, owner);
      } else if (child instanceof Element c) {
        walk(c, owner);
      }
    }
    if (link) {
      linkDepth--;
    }
    if (block || reason != null) {
      close();
    }
    flags = around;
  }

  private void close() {
    if (open != null && open.length() > 0) {
      blocks.add(open);
    }
    open = null;
  }

  private void text(TextNode node, Element owner) {
    String decoded = node.getWholeText();
    if (decoded.isEmpty()) {
      return;
    }
    if (open == null) {
      if (node.isBlank()) {
        return;
      }
      open = new Block(owner, blocks.size(), flags);
    }
    boolean inLink = linkDepth > 0;
    Range range = node.sourceRange();
    int start = range.isTracked() ? range.startPos() : -1;
    int end = range.isTracked() ? Math.min(range.endPos(), html.length()) : -1;
    int i = 0;
    int j = start;
    while (i < decoded.length()) {
      char c = decoded.charAt(i);
      int entity = j >= 0 && j < end && html.charAt(j) == '&' ? entityEnd(j, end) : -1;
      String decodedEntity = entity > j + 1 ? Parser.unescapeEntities(html.substring(j, entity), false) : "";
      if (!decodedEntity.isEmpty() && !decodedEntity.equals(html.substring(j, entity))
          && decoded.startsWith(decodedEntity, i)) {
        for (int x = 0; x < decodedEntity.length(); x++) {
          open.append(decodedEntity.charAt(x), -1, inLink);
        }
        i += decodedEntity.length();
        j = entity;
      } else if (j >= 0 && j < end && html.charAt(j) == c) {
        open.append(c, j, inLink);
        i++;
        j++;
      } else if (j >= 0 && j < end && html.charAt(j) == '\r') {
        j++;
      } else {
        open.append(c, -1, inLink);
        i++;
        j = -1;
      }
    }
  }

  private int entityEnd(int amp, int end) {
    int k = amp + 1;
    if (k < end && html.charAt(k) == '#') {
      k++;
    }
    while (k < end && Character.isLetterOrDigit(html.charAt(k))) {
      k++;
    }
    if (k < end && html.charAt(k) == ';') {
      k++;
    }
    return k;
  }

  private void remove(Element e, String reason) {
    String text = e.text();
    if (text.isBlank()) {
      return;
    }
    removed.add(new Removal(SourceSpans.of(e), reason, SourceSpans.shorten(text)));
  }
}
