package org.recoupe.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Developer aid, not a test: {@code ExtractDebug page.html[.gz] [phrase]} prints the blocks with
 * their vote and fate, and for a phrase the ancestors of the text holding it with the rule that
 * would drop each one.
 */
public final class ExtractDebug {
  private ExtractDebug() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    String html;
    if (file.toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } else {
      html = Files.readString(file, StandardCharsets.UTF_8);
    }
    Document page = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    if (args.length > 1) {
      NodeTraversor.traverse((node, depth) -> {
        if (node instanceof TextNode t && t.getWholeText().contains(args[1])) {
          for (Element e = t.parent(); e != null; e = e.parent()) {
            System.out.println(e.normalName() + " class=" + e.className() + " id=" + e.id()
                + " role=" + e.attr("role") + " -> " + BoilerplateRules.reason(e));
          }
          System.out.println();
        }
      }, page);
      return;
    }
    BlockCollector c = new BlockCollector(html);
    c.collect(page);
    Votes.weigh(c.blocks(), JsonLdBody.of(page));
    List<Block> blocks = Furniture.strip(c.blocks(), new java.util.ArrayList<>());
    Element main = MainContent.container(blocks);
    System.out.println("MAIN " + main.normalName() + " class=" + main.className() + " id=" + main.id());
    for (Block b : blocks) {
      boolean in = MainContent.within(b.owner, main);
      System.out.printf(java.util.Locale.ROOT, "%s%s %7.1f %-6s %.2f %s%n", in ? "+" : " ", b.teaser ? "T" : " ",
          b.weight, b.owner.normalName(), b.linkDensity(),
          b.text().substring(0, Math.min(100, b.length())));
    }
  }
}
