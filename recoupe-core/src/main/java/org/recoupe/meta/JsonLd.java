package org.recoupe.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoupe.document.Metadata;

/**
 * Reads schema.org article descriptions from JSON-LD blocks: headline, datePublished, author
 * names, publisher name, url, inLanguage. Handles {@code @graph}, arrays and nested objects.
 */
final class JsonLd {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .build();
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
      "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting", "BlogPosting",
      "SocialMediaPosting", "Report", "ScholarlyArticle", "TechArticle", "SatiricalArticle", "AdvertiserContentArticle");

  private JsonLd() {}

  /** The metadata of the first article described in {@code blocks} (script contents), or EMPTY. */
  static Metadata read(List<String> blocks) {
    List<JsonNode> articles = new ArrayList<>();
    Map<String, JsonNode> byId = new HashMap<>();
    for (String block : blocks) {
      try {
        collect(JSON.readTree(block.trim()), articles, byId, 0);
      } catch (JsonProcessingException e) {
        continue;
      }
    }
    Metadata found = Metadata.EMPTY;
    for (JsonNode article : articles) {
      found = found.orElse(metadataOf(article, byId));
    }
    return found;
  }

  private static void collect(JsonNode node, List<JsonNode> out, Map<String, JsonNode> byId, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        collect(child, out, byId, depth + 1);
      }
    } else if (node.isObject()) {
      if (isArticle(node.get("@type"))) {
        out.add(node);
      }
      if (node.hasNonNull("@id") && node.hasNonNull("name")) {
        byId.putIfAbsent(node.get("@id").asText(), node);
      }
      collect(node.get("@graph"), out, byId, depth + 1);
      collect(node.get("mainEntity"), out, byId, depth + 1);
    }
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText();
    return ARTICLE_TYPES.contains(t.substring(t.lastIndexOf('/') + 1));
  }

  private static Metadata metadataOf(JsonNode article, Map<String, JsonNode> byId) {
    String title = text(article.get("headline"));
    if (title == null) {
      title = text(article.get("name"));
    }
    String date = text(article.get("datePublished"));
    if (date == null) {
      date = text(article.get("dateCreated"));
    }
    String url = text(article.get("url"));
    if (url == null) {
      url = text(article.get("mainEntityOfPage"));
    }
    return new Metadata(title, publisher(article.get("publisher")), url, people(article.get("author"), byId), List.of(),
        MachineDates.parse(date, "json-ld"), text(article.get("inLanguage")));
  }

  private static List<String> people(JsonNode given, Map<String, JsonNode> byId) {
    JsonNode author = given;
    if (author != null && author.isObject() && !author.has("name") && author.hasNonNull("@id")) {
      author = byId.get(author.get("@id").asText());
    }
    List<String> out = new ArrayList<>();
    if (author == null) {
      return out;
    }
    if (author.isArray()) {
      for (JsonNode a : author) {
        out.addAll(people(a, byId));
      }
      return out;
    }
    if (author.isObject() && author.has("@type") && author.get("@type").asText().endsWith("Organization")) {
      return out;
    }
    String name = text(author);
    if (name != null && !name.startsWith("http")) {
      out.add(name);
    }
    return out;
  }

  private static String publisher(JsonNode node) {
    if (node != null && node.isArray()) {
      return node.isEmpty() ? null : publisher(node.get(0));
    }
    if (node != null && node.isObject()) {
      return text(node.get("name"));
    }
    String name = text(node);
    return name == null || name.startsWith("http") ? null : name;
  }

  /** A string, or the name (or @id) of an object, or the first of an array. */
  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0));
    }
    if (node.isObject()) {
      String name = text(node.get("name"));
      return name != null ? name : text(node.get("@id"));
    }
    String s = Fold.squeeze(node.asText());
    return s.isEmpty() ? null : s;
  }
}
