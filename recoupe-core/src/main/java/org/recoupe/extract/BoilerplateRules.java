package org.recoupe.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Says whether an element is page furniture rather than article text, and why: by tag (scripts,
 * navigation, forms, figures), by visibility (hidden elements), by ARIA role, and by the words of
 * its {@code class} and {@code id} (comments, share bars, related links, newsletter and cookie
 * boxes, advertisements, bylines). Stateless.
 */
final class BoilerplateRules {
  private static final Map<String, String> TAGS = Map.ofEntries(
      Map.entry("script", "script"), Map.entry("style", "script"), Map.entry("noscript", "script"),
      Map.entry("template", "script"), Map.entry("link", "script"), Map.entry("meta", "script"),
      Map.entry("svg", "media"), Map.entry("canvas", "media"), Map.entry("iframe", "media"),
      Map.entry("object", "media"), Map.entry("embed", "media"), Map.entry("video", "media"),
      Map.entry("audio", "media"), Map.entry("picture", "media"), Map.entry("map", "media"),
      Map.entry("button", "form"), Map.entry("select", "form"), Map.entry("input", "form"),
      Map.entry("textarea", "form"), Map.entry("option", "form"), Map.entry("label", "form"),
      Map.entry("nav", "navigation"), Map.entry("menu", "navigation"),
      Map.entry("footer", "footer"), Map.entry("header", "header"), Map.entry("aside", "aside"),
      Map.entry("figure", "caption"), Map.entry("figcaption", "caption"),
      Map.entry("dialog", "dialog"), Map.entry("head", "head"), Map.entry("title", "head"));

  private static final Map<String, String> ROLES = Map.of(
      "navigation", "navigation", "banner", "header", "contentinfo", "footer",
      "complementary", "aside", "dialog", "dialog", "alertdialog", "dialog", "menu", "navigation",
      "menubar", "navigation", "search", "form", "toolbar", "share");

  /** Words of class/id, matched as whole words (after splitting on -, _, camelCase). */
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("comment", "comments"), Map.entry("comments", "comments"),
      Map.entry("disqus", "comments"), Map.entry("respond", "comments"),
      Map.entry("discussion", "comments"), Map.entry("forum", "comments"),
      Map.entry("replies", "comments"),
      Map.entry("share", "share"), Map.entry("sharing", "share"), Map.entry("social", "share"),
      Map.entry("sharethis", "share"), Map.entry("addthis", "share"), Map.entry("sociable", "share"),
      Map.entry("related", "related"), Map.entry("recirc", "related"),
      Map.entry("recirculation", "related"), Map.entry("recommended", "related"),
      Map.entry("recommendations", "related"), Map.entry("outbrain", "related"),
      Map.entry("taboola", "related"), Map.entry("trending", "related"),
      Map.entry("popular", "related"), Map.entry("excerpt", "related"),
      Map.entry("teaser", "related"), Map.entry("newsletter", "newsletter"),
      Map.entry("subscribe", "newsletter"), Map.entry("subscription", "newsletter"),
      Map.entry("signup", "newsletter"), Map.entry("optin", "newsletter"),
      Map.entry("cookie", "cookie"), Map.entry("cookies", "cookie"), Map.entry("gdpr", "cookie"),
      Map.entry("consent", "cookie"), Map.entry("ad", "advertisement"),
      Map.entry("ads", "advertisement"), Map.entry("advert", "advertisement"),
      Map.entry("advertisement", "advertisement"), Map.entry("adslot", "advertisement"),
      Map.entry("adunit", "advertisement"), Map.entry("dfp", "advertisement"),
      Map.entry("sponsor", "advertisement"), Map.entry("sponsored", "advertisement"),
      Map.entry("promo", "advertisement"), Map.entry("pub", "advertisement"),
      Map.entry("publicite", "advertisement"), Map.entry("nav", "navigation"),
      Map.entry("navbar", "navigation"), Map.entry("navigation", "navigation"),
      Map.entry("menu", "navigation"), Map.entry("breadcrumb", "navigation"),
      Map.entry("breadcrumbs", "navigation"), Map.entry("pagination", "navigation"),
      Map.entry("pager", "navigation"), Map.entry("skip", "navigation"),
      Map.entry("masthead", "header"), Map.entry("footer", "footer"), Map.entry("header", "header"),
      Map.entry("sidebar", "aside"), Map.entry("rail", "aside"), Map.entry("widget", "aside"),
      Map.entry("caption", "caption"), Map.entry("credit", "caption"),
      Map.entry("credits", "caption"), Map.entry("byline", "byline"), Map.entry("author", "byline"),
      Map.entry("dateline", "byline"), Map.entry("timestamp", "byline"),
      Map.entry("tags", "tags"), Map.entry("keywords", "tags"), Map.entry("print", "share"),
      Map.entry("toolbar", "share"), Map.entry("modal", "dialog"), Map.entry("popup", "dialog"));

  /** Reasons that hold whatever the element contains; the others are only presumptions. */
  private static final Set<String> FIRM = Set.of("script", "media", "form", "head", "hidden");

  private static final Set<String> NEVER = Set.of("html", "body", "main", "article");
  private static final Pattern SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
  private static final Pattern HIDDEN_NAMES =
      Pattern.compile("sr-only|visually-hidden|screen-reader|visuallyhidden");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private BoilerplateRules() {}

  /**
   * Whether {@code reason} holds whatever the element contains. Other reasons (navigation, aside,
   * class words...) are presumptions that the caller drops when the element turns out to hold most
   * of the page's running text: layouts name their wrappers "page-with-sidebar" or "modal-enabled".
   */
  static boolean firm(String reason) {
    return FIRM.contains(reason);
  }

  /** The reason to leave {@code e} out, or {@code null} to keep it. */
  static String reason(Element e) {
    String tag = e.normalName();
    String byTag = TAGS.get(tag);
    if (byTag != null) {
      return byTag;
    }
    if (NEVER.contains(tag)) {
      return null;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
        || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
      return "hidden";
    }
    String role = ROLES.get(e.attr("role").toLowerCase(Locale.ROOT));
    if (role != null) {
      return role;
    }
    if ("articleBody".equals(e.attr("itemprop"))) {
      return null;
    }
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return null;
    }
    if (HIDDEN_NAMES.matcher(names).find()) {
      return "hidden";
    }
    for (String word : SPLIT.split(names)) {
      String reason = WORDS.get(word.toLowerCase(Locale.ROOT));
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }
}
