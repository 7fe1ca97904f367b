package org.recoupe.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.recoupe.document.Metadata;
import org.recoupe.document.Published;
import org.recoupe.lang.LanguageIdentifier;

/**
 * Reads the metadata an HTML page declares in its markup: JSON-LD articles, Open Graph and other
 * {@code <meta>} tags, {@code <link rel=canonical>}, {@code <time datetime>}, author elements,
 * {@code <title>}/{@code <h1>} and {@code <html lang>}; and gives the page's visible lines around the
 * headline and at the foot, for the bylines and credits written in words.
 */
final class HtmlMetadata {
  /** What the markup says, and the lines to read for what it writes in words. */
  record Result(Metadata metadata, PageLines lines) {}

  private static final int HEAD_BEFORE = 5;
  private static final int HEAD_AFTER = 25;
  private static final int TAIL = 25;
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\u2013\\u2014:-]\\s+|\\s+\\|\\s*|\\s*\\|\\s+");

  private static final Pattern DECORATION = Pattern.compile("[|:\\-\u2013\u2014\u00B7\u2022\u00BB/]");

  private static final String[] TITLE = {"og:title", "twitter:title", "dc.title", "sailthru.title", "title"};
  private static final String[] OUTLET = {"og:site_name", "application-name", "dc.publisher", "publisher", "twitter:site"};
  private static final String[] URL = {"og:url", "twitter:url", "dc.identifier"};
  private static final String[] AUTHOR = {"author", "article:author", "dc.creator", "dc.creator.name", "byl", "sailthru.author",
      "parsely-author", "citation_author", "dcterms.creator", "og:article:author"};
  private static final String[] DATE = {"article:published_time", "og:article:published_time", "datepublished",
      "og:published_time", "published_time", "article.published", "date", "dc.date", "dc.date.issued", "dc.date.created",
      "dcterms.created", "dcterms.date", "dcterms.issued", "pubdate", "publishdate", "publish-date", "publication_date",
      "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date", "article:published",
      "datecreated", "og:updated_time", "article:modified_time", "datemodified"};
  private static final String[] LANGUAGE = {"content-language", "dc.language", "og:locale", "language"};

  private HtmlMetadata() {}

  /** Reads {@code html}; {@code url}, if known, resolves relative links. */
  static Result read(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    Map<String, String> meta = metaTags(doc);

    List<String> blocks = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      blocks.add(script.data());
    }
    Metadata jsonLd = JsonLd.read(blocks);

    String canonical = doc.select("link[rel~=(?i)^canonical$]").attr("abs:href");
    String pageUrl = first(canonical.isBlank() ? null : canonical, first(meta, URL));
    String outlet = first(meta, OUTLET);
    if (outlet != null && outlet.startsWith("@")) {
      outlet = null;
    }
    Element h1 = doc.selectFirst("h1");
    String h1Text = h1 == null ? null : Fold.squeeze(h1.text());
    String site = first(jsonLd.outlet(), outlet);
    String title = first(jsonLd.title(), first(first(meta, TITLE), first(h1Text, Fold.squeeze(doc.title()))));
    if (title != null) {
      title = withoutSite(narrowToHeading(title, h1Text), site, first(pageUrl, jsonLd.url()));
    }
    String address = first(pageUrl, jsonLd.url());
    Metadata markup = new Metadata(title, outlet, pageUrl, authors(meta, doc, site, address), List.of(),
        published(meta, doc), language(meta, doc));
    Metadata merged = jsonLd.withTitle(null).withLanguage(null)
        .withAuthors(people(jsonLd.authors(), site, address)).orElse(markup);

    List<String> lines = HtmlLines.of(doc.body());
    int at = h1Text == null ? -1 : lines.indexOf(h1Text);
    int from = Math.max(0, at - HEAD_BEFORE);
    int to = Math.min(lines.size(), at < 0 ? HEAD_AFTER : at + HEAD_AFTER);
    List<String> head = lines.subList(from, to);
    List<String> tail = lines.subList(Math.max(to, lines.size() - TAIL), lines.size());
    return new Result(merged, new PageLines(head, tail, List.of(), null));
  }

  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> meta = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String key = m.hasAttr("property") ? m.attr("property")
          : m.hasAttr("name") ? m.attr("name") : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
      String value = Fold.squeeze(m.attr("content"));
      if (!key.isBlank() && !value.isEmpty()) {
        meta.putIfAbsent(key.trim().toLowerCase(Locale.ROOT), value);
      }
    }
    return meta;
  }

  private static List<String> authors(Map<String, String> meta, Document doc, String site, String url) {
    for (String key : AUTHOR) {
      String value = meta.get(key);
      if (value != null && !value.startsWith("http") && !value.startsWith("@") && !value.contains("www.")) {
        Bylines.Byline b = Bylines.read(value);
        List<String> names = people(b != null ? b.authors() : Bylines.names(value).authors(), site, url);
        if (names.isEmpty() && b == null && !value.contains(",")) {
          names = people(List.of(value), site, url);
        }
        if (!names.isEmpty()) {
          return names;
        }
      }
    }
    for (Element e : doc.select("[itemprop=author], a[rel~=(?i)^author$], [class~=(?i)(^|-|_)(author|byline|auteur|signature)s?($|-|_)]")) {
      Element name = e.selectFirst("[itemprop=name]");
      String text = Fold.squeeze((name != null ? name : e).text());
      if (text.isEmpty() || text.length() > 120) {
        continue;
      }
      Bylines.Byline b = Bylines.read(text);
      List<String> names = people(b != null ? b.authors() : Bylines.names(text).authors(), site, url);
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  private static Published published(Map<String, String> meta, Document doc) {
    for (String key : DATE) {
      Published p = MachineDates.parse(meta.get(key), "meta");
      if (p != null) {
        return p;
      }
    }
    for (Element time : doc.select("time[datetime], [itemprop=datePublished][datetime], [itemprop=datePublished][content]")) {
      String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
      Published p = MachineDates.parse(value, "time");
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private static String language(Map<String, String> meta, Document doc) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? null : LanguageIdentifier.normalizeTag(html.attr("lang"));
    for (int i = 0; lang == null && i < LANGUAGE.length; i++) {
      lang = LanguageIdentifier.normalizeTag(meta.get(LANGUAGE[i]));
    }
    return lang;
  }

  /**
   * The page's {@code <h1>} when {@code title} is that heading plus decoration ("Pétition : X",
   * "X | DW | 23.05.2011"); {@code title} otherwise.
   */
  static String narrowToHeading(String title, String heading) {
    if (heading == null || heading.split(" ").length < 2) {
      return title;
    }
    String t = Fold.fold(title);
    String h = Fold.fold(heading);
    int at = t.indexOf(h);
    if (t.length() <= h.length() || at < 0) {
      return title;
    }
    String before = t.substring(0, at).trim();
    String after = t.substring(at + h.length()).trim();
    boolean decorated = (before.isEmpty() || DECORATION.matcher(before.substring(before.length() - 1)).matches())
        && (after.isEmpty() || DECORATION.matcher(after.substring(0, 1)).matches());
    return decorated ? heading : title;
  }

  /** The names that are people's, not the outlet's own name, its address or a known outlet. */
  static List<String> people(List<String> names, String site, String url) {
    List<String> out = new ArrayList<>();
    String label = Outlets.fromHost(url);
    for (String name : names) {
      String f = Fold.fold(name);
      boolean outletLike = (site != null && f.equals(Fold.fold(site))) || (label != null && f.equals(Fold.fold(label)))
          || Outlets.isKnownName(name) || f.contains("www.") || f.matches(".*\\.(com|fr|net|org)\\b.*");
      if (!outletLike && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /** {@code title} without a "| Site" or "- Site" part naming the outlet or the host. */
  static String withoutSite(String title, String site, String url) {
    if (site != null) {
      String t = Fold.fold(title);
      String f = Fold.fold(site).trim();
      Matcher end = Pattern.compile("\\s+[|\u2013\u2014:-]\\s+" + Pattern.quote(f) + "$").matcher(t);
      if (end.find()) {
        return title.substring(0, end.start()).trim();
      }
    }
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String host = Outlets.host(url);
    String label = Outlets.fromHost(url);
    List<String> kept = new ArrayList<>();
    for (String part : parts) {
      String f = Fold.fold(part).trim();
      boolean isSite = (site != null && f.equals(Fold.fold(site).trim()))
          || (host != null && f.equals(host))
          || (label != null && f.replace(" ", "").equals(Fold.fold(label)));
      if (!isSite) {
        kept.add(part);
      }
    }
    if (kept.size() == parts.length || kept.isEmpty()) {
      return title;
    }
    String first = kept.get(0);
    int start = title.indexOf(first);
    String last = kept.get(kept.size() - 1);
    int end = title.lastIndexOf(last) + last.length();
    return title.substring(start, end).trim();
  }

  private static String first(Map<String, String> meta, String[] keys) {
    for (String key : keys) {
      String v = meta.get(key);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : (b == null || b.isBlank() ? null : b);
  }
}
