package org.recoupe.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code articleBody} that a page declares in its JSON-LD metadata, if any: publishers often
 * repeat the article's text there (sometimes cut short), which tells which blocks of the page are
 * the article.
 */
final class JsonLdBody {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLdBody() {}

  /** The longest declared article body, whitespace-collapsed, or {@code ""}. */
  static String of(Document page) {
    String best = "";
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        String body = longest(JSON.readTree(script.data()));
        if (body.length() > best.length()) {
          best = body;
        }
      } catch (IOException | RuntimeException e) {
        // Malformed JSON-LD is common; it only ever serves as a hint.
      }
    }
    return collapse(best);
  }

  private static String longest(JsonNode node) {
    String best = "";
    if (node == null) {
      return best;
    }
    if (node.isObject() && node.path("articleBody").isTextual()) {
      best = node.get("articleBody").asText();
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      String inner = longest(it.next());
      if (inner.length() > best.length()) {
        best = inner;
      }
    }
    return best;
  }

  /** Collapses runs of whitespace (including no-break spaces) into one space. */
  static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Block.isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
