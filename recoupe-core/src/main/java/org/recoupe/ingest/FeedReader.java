package org.recoupe.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.recoupe.document.Format;
import org.recoupe.document.Metadata;
import org.recoupe.document.Published;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed, read with jsoup's XML parser: each item or entry with
 * content ({@code content:encoded}, {@code content}, {@code description} or {@code summary}, in
 * that order of preference) is a document named {@code <base>-r<n>}, of format {@link Format#HTML}
 * when the content is markup and {@link Format#TEXT} otherwise. The item's link, title, date and
 * authors, and the feed's title (outlet) and language, are the hints (dates with source {@code
 * "feed"}).
 */
final class FeedReader implements FormatReader {
  private static final List<String> CONTENT = List.of("content:encoded", "content", "description", "summary");
  private static final List<String> DATES = List.of("pubdate", "published", "dc:date", "updated", "issued");

  @Override
  public void read(InputFile file, IngestSink sink) throws IOException {
    byte[] bytes = file.readAll();
    String xml = TextDecoder.toText(bytes, DeclaredCharset.inXml(bytes));
    String rootName = ContentSniffer.rootElement(xml);
    if (!ContentSniffer.isFeedRoot(rootName)) {
      sink.reject(file.problem(null, "not an RSS or Atom feed (root element: "
          + (rootName == null ? "none" : "<" + rootName + ">") + ")"));
      return;
    }
    Element root = Jsoup.parse(xml, "", Parser.xmlParser()).children().first();
    if (root == null) {
      sink.reject(file.problem(null, "not an RSS or Atom feed (no root element)"));
      return;
    }
    Element channel = child(root, "channel");
    Element head = channel != null ? channel : root;
    String outlet = text(child(head, "title"));
    String language = firstNonNull(text(child(head, "language")), text(child(head, "dc:language")), root.attr("xml:lang"));
    List<Element> items = new ArrayList<>();
    for (Element parent : channel == null ? List.of(root) : List.of(root, channel)) {
      for (Element e : parent.children()) {
        String local = localName(e);
        if (local.equals("item") || local.equals("entry")) {
          items.add(e);
        }
      }
    }
    if (items.isEmpty()) {
      sink.reject(file.problem(null, "the feed has no items or entries"));
      return;
    }
    int n = 0;
    for (Element item : items) {
      n++;
      readItem(file, n, item, outlet, language, sink);
    }
  }

  private static void readItem(InputFile file, int n, Element item, String outlet, String language, IngestSink sink) {
    String where = localName(item) + " " + n;
    Element content = null;
    for (String name : CONTENT) {
      Element c = child(item, name);
      if (c != null && (!c.children().isEmpty() || !c.wholeText().isBlank())) {
        content = c;
        break;
      }
    }
    if (content == null) {
      sink.reject(file.problem(where, "no content (no content:encoded, content, description or summary)"));
      return;
    }
    String type = content.attr("type").toLowerCase(Locale.ROOT);
    boolean nested = !content.children().isEmpty();
    String body = TextDecoder.normalise(nested ? content.html() : content.wholeText()).strip();
    boolean html = nested || type.equals("html") || type.endsWith("xhtml") || !type.equals("text") && Markup.looksLikeMarkup(body);
    if (html ? !Markup.hasText(body) : body.isBlank()) {
      sink.reject(file.problem(where, "the " + content.normalName() + " has no text"));
      return;
    }
    Metadata hints =
        new Hints()
            .title(plain(text(child(item, "title"))))
            .url(link(item))
            .published(published(item))
            .authors(authors(item))
            .outlet(outlet)
            .language(firstNonNull(item.attr("xml:lang"), language))
            .build();
    sink.accept(file.document("-r" + n, where, html ? Format.HTML : Format.TEXT, body, hints));
  }

  private static String link(Element item) {
    for (Element e : item.children()) {
      if (!localName(e).equals("link")) {
        continue;
      }
      if (e.hasAttr("href")) {
        String rel = e.attr("rel");
        if (rel.isEmpty() || rel.equalsIgnoreCase("alternate")) {
          return e.attr("href");
        }
      } else if (!e.text().isBlank()) {
        return e.text();
      }
    }
    Element guid = child(item, "guid");
    if (guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false") && guid.text().startsWith("http")) {
      return guid.text();
    }
    String id = text(child(item, "id"));
    return id != null && id.startsWith("http") ? id : null;
  }

  private static Published published(Element item) {
    for (String name : DATES) {
      Published p = DateHints.parse(text(child(item, name)), "feed");
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private static List<String> authors(Element item) {
    List<String> out = new ArrayList<>();
    for (Element e : item.children()) {
      String name = e.normalName();
      if (name.equals("author")) {
        Element atomName = child(e, "name");
        out.add(atomName != null ? atomName.text() : rssAuthor(e.text()));
      } else if (name.equals("dc:creator")) {
        out.add(e.text());
      }
    }
    return out;
  }

  /** RSS writes {@code jd@example.org (Jane Doe)}: keep the name; a bare address is no name. */
  private static String rssAuthor(String value) {
    int open = value.indexOf('(');
    int close = value.lastIndexOf(')');
    if (open >= 0 && close > open) {
      return value.substring(open + 1, close);
    }
    return value.contains("@") ? null : value;
  }

  private static String plain(String title) {
    return title != null && Markup.looksLikeMarkup(title) ? Jsoup.parse(title).text() : title;
  }

  private static Element child(Element parent, String name) {
    for (Element e : parent.children()) {
      if (e.normalName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String localName(Element e) {
    String name = e.normalName();
    return name.substring(name.indexOf(':') + 1);
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
