package org.recoupe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.recoupe.clean.CleanText;
import org.recoupe.document.Removal;
import org.recoupe.document.Span;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  private static final String P1 = "The harbour board voted on Tuesday to close the old pier, citing "
      + "repairs that would cost more than the pier earns in ten years.";
  private static final String P2 = "Fishermen who moor there said they had not been consulted, and "
      + "several asked the board to delay the decision until the spring.";
  private static final String P3 = "The board's chair said a public meeting would be held next month, "
      + "where the repair estimates will be presented in full.";

  private static final String PAGE = "<!DOCTYPE html><html><head><title>Pier to close</title>"
      + "<script>var x = '<p>not text</p>';</script><style>p{color:red}</style></head><body>"
      + "<header class=\"site-header\"><a href=\"/\">Coastal Gazette</a></header>"
      + "<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>"
      + "<li><a href=\"/weather\">Weather</a></li></ul></nav>"
      + "<main><article><h1>Old pier to close after vote</h1>"
      + "<div class=\"byline\">By Ann Writer</div>"
      + "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div>"
      + "<p>" + P1 + "</p>\n<p>" + P2 + "</p>\n"
      + "<figure><img src=\"pier.jpg\"><figcaption>The pier at dawn. Photo: A. Lens</figcaption></figure>"
      + "<p>" + P3 + "</p>"
      + "</article>"
      + "<section class=\"related-stories\"><h2>Related</h2><ul>"
      + "<li><a href=\"/a\">Harbour fees to rise next year, council says in its budget</a></li>"
      + "<li><a href=\"/b\">Lifeboat crew rescues two kayakers off the northern headland</a></li></ul></section>"
      + "<div id=\"comments\"><div class=\"comment\"><p>I have fished from that pier for forty years and "
      + "this is a disgrace, the board should be ashamed of itself.</p></div></div>"
      + "</main><footer><p>© 2024 Coastal Gazette. All rights reserved. Contact us for reprints.</p>"
      + "</footer></body></html>";

  @Test
  void keepsTheArticleParagraphsAndNothingElse() {
    CleanText clean = extractor.extract(PAGE);
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, clean.text().text());
    assertEquals(3, clean.paragraphs().size());
  }

  @Test
  void recordsWhatItLeftOutAndWhy() {
    CleanText clean = extractor.extract(PAGE);
    Set<String> reasons = clean.removed().stream().map(Removal::reason).collect(Collectors.toSet());
    assertTrue(reasons.containsAll(
        Set.of("header", "navigation", "byline", "share", "caption", "related", "comments", "footer")),
        reasons.toString());
    for (Removal r : clean.removed()) {
      String source = PAGE.substring(r.span().start(), r.span().end());
      String firstWord = r.text().split(" ")[0];
      assertTrue(source.contains(firstWord), r + " not in " + source);
    }
    assertTrue(clean.removed().stream().anyMatch(r -> r.reason().equals("comments")
        && r.text().startsWith("I have fished")));
  }

  @Test
  void everyParagraphMapsToTheSourceThatHoldsIt() {
    String html = "<html><body><article>"
        + "<p>Fish &amp; chips&nbsp;cost &euro;5 at Joe&#39;s,\n   said   the  owner, who has run the shop "
        + "since 1987 and &quot;never&quot; raised prices.</p>"
        + "<p>Prices at the <b>caf</b>&eacute; across the road, by contrast, have <i>doubled</i> "
        + "in three years, according to its menu board.</p>"
        + "</article></body></html>";
    CleanText clean = extractor.extract(html);
    assertEquals(2, clean.paragraphs().size());
    assertTrue(clean.text().text().startsWith("Fish & chips cost €5 at Joe's, said the owner"),
        clean.text().text());
    assertTrue(clean.text().text().contains("café across the road"));
    assertParagraphsMap(html, clean);
    int f = clean.text().text().indexOf("Fish");
    assertEquals(html.indexOf("Fish"), clean.text().map().toSource(f));
    int chips = clean.text().text().indexOf("chips");
    assertEquals(html.indexOf("chips"), clean.text().map().toSource(chips));
  }

  @Test
  void keepsListsAndTablesThatArePartOfTheArticle() {
    String html = "<html><body><nav><a href=/>Home</a> <a href=/x>Politics</a></nav><article>"
        + "<p>The committee published three recommendations after a year of hearings, all of which "
        + "the minister has promised to consider before the summer recess.</p>"
        + "<ul><li>Raise the minimum wage by five per cent over two years.</li>"
        + "<li>Extend free school meals to every primary pupil in the country.</li>"
        + "<li>Fund two thousand new apprenticeships in coastal towns.</li></ul>"
        + "<table><tr><td>Region</td><td>Pupils affected by the change</td></tr>"
        + "<tr><td>North</td><td>120,000 pupils, mostly in rural schools</td></tr></table>"
        + "<p>Opposition members said the recommendations did not go far enough, and called for "
        + "a full review of regional funding before the next budget.</p>"
        + "</article></body></html>";
    CleanText clean = extractor.extract(html);
    String text = clean.text().text();
    assertTrue(text.contains("\n\nExtend free school meals to every primary pupil in the country.\n\n"),
        text);
    assertTrue(text.contains("120,000 pupils, mostly in rural schools"), text);
    assertFalse(text.contains("Politics"));
    assertParagraphsMap(html, clean);
  }

  @Test
  void leavesOutTeasersForOtherArticles() {
    StringBuilder html = new StringBuilder("<html><body><div class=main><p>")
        .append(P1).append("</p><p>").append(P2).append("</p><p>").append(P3).append("</p></div>")
        .append("<div class=more>");
    for (int i = 0; i < 4; i++) {
      html.append("<div class=card><h3><a href=/s").append(i)
          .append(">A headline about another story number ").append(i).append("</a></h3>")
          .append("<div>This is the summary of that other story, long enough to look like a real ")
          .append("paragraph of running text, with commas, and a full stop.</div></div>");
    }
    html.append("</div></body></html>");
    CleanText clean = extractor.extract(html.toString());
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, clean.text().text());
  }

  @Test
  void followsTheJsonLdArticleBody() {
    String[] lines = {"Score after ninety minutes two to one", "First goal scored by the captain",
        "Second goal from a corner kick", "Late reply from the visiting side", "Next match away on Saturday",
        "Tickets on sale from Monday morning", "Coach pleased with the second half",
        "Injury worries ahead of the derby"};
    String body = String.join("\\n", lines);
    StringBuilder html = new StringBuilder("<html><head><script type=\"application/ld+json\">"
        + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
        + "\"articleBody\":\"" + body + "\"}]}</script></head><body><div class=story>");
    for (String line : lines) {
      html.append("<div>").append(line).append("</div>");
    }
    html.append("</div><div class=about><p>The club was founded by a group of railway workers more "
        + "than a century ago and has played at the same ground ever since, through two wars, three "
        + "relegations and one memorable cup run that the town still talks about.</p></div></body></html>");
    CleanText clean = extractor.extract(html.toString());
    assertEquals(String.join("\n\n", lines), clean.text().text());
  }

  @Test
  void leavesOutTheHeadlineAndHiddenText() {
    String html = "<html><body><article><h1>Headline of the day</h1>"
        + "<p>" + P1 + "</p><p style=\"display: none\">Hidden text that readers never see, even "
        + "though it is a long sentence in a paragraph.</p><p>" + P2 + "</p></article></body></html>";
    CleanText clean = extractor.extract(html);
    assertEquals(P1 + "\n\n" + P2, clean.text().text());
  }

  @Test
  void emptyAndTextlessPagesGiveEmptyText() {
    assertEquals("", extractor.extract("").text().text());
    assertEquals("", extractor.extract("<html><body><script>x()</script></body></html>").text().text());
    assertEquals(List.of(), extractor.extract("<html></html>").paragraphs());
  }

  /** Every paragraph's source range, entities decoded and whitespace collapsed, holds its text. */
  static void assertParagraphsMap(String html, CleanText clean) {
    String text = clean.text().text();
    for (Span p : clean.paragraphs()) {
      Span source = clean.text().map().toSource(p);
      String decoded = Parser.unescapeEntities(html.substring(source.start(), source.end()), false)
          .replaceAll("<[^>]*>", "").replaceAll("[\\s\\u00a0]+", " ");
      assertTrue(decoded.contains(p.of(text)), p.of(text) + " not in " + decoded);
    }
  }
}
