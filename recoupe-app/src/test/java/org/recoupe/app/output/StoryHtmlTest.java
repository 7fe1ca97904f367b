package org.recoupe.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recoupe.brief.BriefBuilder;
import org.recoupe.brief.Conflict;
import org.recoupe.brief.StoryReport;
import org.recoupe.brief.SummaryPoint;
import org.recoupe.brief.WhoEntry;
import org.recoupe.claims.Dispute;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.quotes.Quote;
import org.recoupe.quotes.Speaker;
import org.recoupe.quotes.Statement;
import org.recoupe.time.DatedSentence;
import org.recoupe.time.Tense;
import org.recoupe.time.TimeExpression;
import org.recoupe.time.TimelineEvent;
import org.recoupe.time.TimexType;

/**
 * A story page over articles that carry markup in their text, title, outlet and address: all of it
 * reads as text, and every citation lands on an element of the page.
 */
class StoryHtmlTest {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";
  private static final String A = "Le conseil municipal a voté le budget de la piscine " + SCRIPT + " mardi soir à la mairie.\n\n"
      + "La maire a parlé de \"quotes\" et de Tom &amp; Jerry devant le conseil municipal réuni.\n\n"
      + "Une photo " + IMG + " du vote du budget de la piscine circulait mardi soir.";
  private static final String B = "Le budget de la piscine a été voté mardi soir par le conseil municipal " + SCRIPT + " à la mairie.\n\n"
      + "« Nous tenons parole », a dit la maire, « " + IMG + " » selon l'opposition.";

  private static StoryReport story;
  private static List<SourceText> sources;
  private static String html;
  private static org.jsoup.nodes.Document page;

  @BeforeAll
  static void render() {
    Document a = article("a", A, new Metadata("Budget " + SCRIPT + " voté", "L'Écho <b>&amp;</b>", "javascript:alert(1)",
        List.of(), List.of(), null, "fr"));
    Document b = article("b", B, new Metadata(null, "\"Le Quotidien\"", "https://example.org/b?x=1&y=<2>", List.of(),
        List.of(), null, "fr"));
    StoryReport built = new BriefBuilder(80).build("story-1", List.of(a, b), List.of(List.of("a"), List.of("b")));
    Span aFirst = sentences(A).get(0);
    Span bFirst = sentences(B).get(0);
    Span quote = new Span(B.indexOf("Nous"), B.indexOf("parole") + 6);
    Speaker speaker = new Speaker(new Span(0, 1), "la maire " + IMG, Speaker.Attribution.AFTER_QUOTE);
    Statement statement = new Statement("la maire " + IMG, List.of(new Statement.Wording("b",
        new Quote(quote, quote, quote.of(B) + " " + SCRIPT, true, speaker, "a dit", speaker))));
    TimeExpression mardi = new TimeExpression(new Span(A.indexOf("mardi"), A.indexOf("mardi") + 5), "mardi",
        TimexType.DATE, "2024-06-18TEV", null, null, Tense.PAST, null, null, Set.of());
    TimelineEvent event = new TimelineEvent("2024-06-18TEV", LocalDate.of(2024, 6, 18), LocalDate.of(2024, 6, 18), false,
        List.of(new DatedSentence("a", aFirst, aFirst.of(A), mardi, LocalDate.of(2024, 6, 18), LocalDate.of(2024, 6, 18), false),
            new DatedSentence("b", bFirst, bFirst.of(B), mardi, LocalDate.of(2024, 6, 18), LocalDate.of(2024, 6, 18), false)),
        List.of("a", "b"));
    Conflict conflict = new Conflict("date", "Dated " + SCRIPT + " differently.", List.of(
        new Conflict.Side("2024-06-18 " + IMG, List.of("a"), List.of(mardi.span()), "mardi " + SCRIPT),
        new Conflict.Side("2024-06-19", List.of("b"), List.of(new Span(bFirst.start(), sentences(B).get(1).end())), "\"mercredi\"")));
    WhoEntry who = new WhoEntry("Tom &amp; Jerry " + SCRIPT, "PER", List.of("Tom", IMG, "le \"maire\""), Map.of("a", 2, "b", 1),
        List.of("le \"maire\""));
    Dispute dispute = new Dispute("accusé " + SCRIPT, List.of(
        new Dispute.Side(Dispute.Stance.ALLEGES, "l'opposition " + IMG, List.of(), "a", aFirst, aFirst.of(A)),
        new Dispute.Side(Dispute.Stance.DENIES, "<b>la maire</b>", List.of("<b>Tom</b>"), "b", bFirst, bFirst.of(B))));
    story = new StoryReport(built.id(), built.articles(), built.origins(), List.of(who), List.of(statement), List.of(event),
        built.claims(), List.of(conflict), List.of(dispute), built.brief());
    sources = List.of(SourceText.of(a), SourceText.of(b));
    html = StoryHtml.render(story, sources);
    page = Jsoup.parse(html);
  }

  @Test
  void aStatementListsEachWordingOnceWithEveryArticleAndItsLanguage() {
    Span quote = new Span(B.indexOf("Nous"), B.indexOf("parole") + 6);
    Quote fr = new Quote(quote, quote, quote.of(B), true, null, null, null);
    Quote en = new Quote(quote, quote, "We keep our word", true, null, null, null);
    Statement statement = new Statement("la maire", List.of(new Statement.Wording("a", fr, "fr"),
        new Statement.Wording("b", fr, "fr"), new Statement.Wording("b", en, "en")));
    StoryReport withStatement = new StoryReport(story.id(), story.articles(), story.origins(), story.who(),
        List.of(statement), story.timeline(), story.claims(), story.conflicts(), story.disputes(), story.brief());
    Elements wordings = Jsoup.parse(StoryHtml.render(withStatement, sources)).select("ul.wordings > li");
    assertEquals(2, wordings.size());
    assertEquals("fr", wordings.get(0).attr("lang"));
    assertEquals(2, wordings.get(0).select("a.cite").size());
    assertEquals("en", wordings.get(1).attr("lang"));
  }

  @Test
  void markupFromArticlesIsEscaped() {
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped script");
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "escaped img");
    assertTrue(html.contains("&quot;quotes&quot;"), "escaped double quotes");
    assertTrue(html.contains("Tom &amp;amp; Jerry"), "escaped ampersand of an entity");
    assertTrue(html.contains("L&#39;Écho &lt;b&gt;"), "escaped outlet");
    assertFalse(html.contains("<script>alert"), "raw script");
    assertFalse(html.contains("<img"), "raw img");
    assertFalse(html.contains("<b>"), "raw b");
  }

  @Test
  void theParsedPageHasOnlyItsOwnScriptAndNoHandlers() {
    assertEquals(1, page.select("script").size());
    assertTrue(page.select("img, b, iframe, object, embed").isEmpty());
    for (Element e : page.getAllElements()) {
      for (Attribute attr : e.attributes()) {
        assertFalse(attr.getKey().startsWith("on"), () -> "handler " + attr + " on " + e.tagName());
      }
    }
    assertTrue(page.select("a[href^=javascript]").isEmpty(), "a javascript: address is not linked");
    assertEquals("[1] Budget " + SCRIPT + " voté — L'Écho <b>&amp;</b>, date unknown",
        page.selectFirst("a.cite[title^='[1]']").attr("title"), "an attribute keeps article text as text");
    assertEquals("https://example.org/b?x=1&y=<2>", page.selectFirst("a.external").attr("href"));
  }

  @Test
  void theSourceTextsReadExactlyAsTheArticles() {
    assertEquals(A, page.getElementById("a1").selectFirst(".text").wholeText());
    assertEquals(B, page.getElementById("a2").selectFirst(".text").wholeText());
    List<Span> spans = sentences(A);
    for (int i = 0; i < spans.size(); i++) {
      assertEquals(spans.get(i).of(A), page.getElementById("a1-s" + i).wholeText());
    }
  }

  @Test
  void everyInternalLinkLandsOnAnElement() {
    Elements internal = page.select("a[href^=#]");
    assertTrue(internal.size() > 10, () -> "only " + internal.size() + " internal links");
    for (Element link : internal) {
      String id = link.attr("href").substring(1);
      assertNotNull(page.getElementById(id), () -> "no element " + id + " for " + link);
      if (link.hasAttr("data-last")) {
        assertNotNull(page.getElementById(link.attr("data-last")), () -> "no element for " + link);
      }
    }
  }

  @Test
  void summaryCitationsPointAtTheSentencesTheyCite() {
    List<Element> items = page.select("ol.summary > li");
    List<SummaryPoint> summary = story.brief().summary();
    assertFalse(summary.isEmpty());
    assertEquals(summary.size(), items.size());
    for (int i = 0; i < summary.size(); i++) {
      SummaryPoint p = summary.get(i);
      Elements cites = items.get(i).select("a.cite");
      assertEquals(p.articleIds().size(), cites.size(), items.get(i)::toString);
      Element target = page.getElementById(cites.stream()
          .filter(c -> c.text().equals("[" + story.numberOf(p.passage().articleId()) + "]"))
          .findFirst().orElseThrow().attr("href").substring(1));
      assertEquals(p.passage().text(), target.wholeText());
    }
  }

  @Test
  void aPassageOverTwoSentencesNamesBoth() {
    Element side = page.select(".conflict .side").get(1);
    Element cite = side.selectFirst("a.cite");
    assertEquals("#a2-s0", cite.attr("href"));
    assertEquals("a2-s1", cite.attr("data-last"));
  }

  @Test
  void everySectionIsThere() {
    assertEquals("Budget " + SCRIPT + " voté", page.getElementById("headline").text());
    assertEquals("2 articles, 2 independent origins", page.selectFirst(".counts").text());
    Element conflicts = page.getElementById("disagreements");
    assertEquals(2, conflicts.select(".side").size());
    assertEquals("2024-06-18 " + IMG, conflicts.selectFirst(".side .value").text());
    assertEquals("2024-06-18 evening", page.selectFirst(".timeline .date").text());
    assertEquals(1, page.select(".timeline .event.disputed a[href=#disagreements]").size(), "the disputed date is marked");
    assertEquals("la maire " + IMG, page.selectFirst(".statements .speaker").text());
    assertEquals(List.of("[1]", "[2]"), page.select("#who td a.cite").eachText());
    assertEquals(List.of("Tom &amp; Jerry " + SCRIPT, "person", "Tom, " + IMG, "le \"maire\"", "[1][2]"),
        page.select("#who tbody td").eachText());
    assertEquals(2, page.select("#sources tbody tr").size());
  }

  @Test
  void theStyleAndScriptAreAllowedByTheirHashAndNothingElseIs() throws Exception {
    String csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(csp.startsWith("default-src 'none'"), csp);
    assertTrue(csp.contains("script-src '" + hash(page.selectFirst("script").data()) + "'"), csp);
    assertTrue(csp.contains("style-src '" + hash(page.selectFirst("style").data()) + "'"), csp);
    assertTrue(page.select("link, [src], [style]").isEmpty(), "no external asset nor inline style attribute");
  }

  private static String hash(String inline) throws Exception {
    return "sha256-" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8)));
  }

  private static Document article(String id, String text, Metadata meta) {
    List<Sentence> sentences = new ArrayList<>();
    List<Span> spans = sentences(text);
    for (int i = 0; i < spans.size(); i++) {
      sentences.add(new Sentence(spans.get(i), i, List.of()));
    }
    return Document.create(id).with(Keys.TEXT, text).with(Keys.METADATA, meta).with(Keys.SENTENCES, sentences);
  }

  /** One sentence per paragraph. */
  private static List<Span> sentences(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf("\n\n", start);
      end = end < 0 ? text.length() : end;
      out.add(new Span(start, end));
      start = end + 2;
    }
    return out;
  }

  @Test
  void markdownNamesThePartOfTheDayAndEscapesArticleText() {
    String md = StoryMarkdown.render(story);
    assertTrue(md.contains("- 2024-06-18 evening: "), md);
    assertFalse(md.contains("TEV"), md);
    assertFalse(md.contains(SCRIPT), md);
  }
}
