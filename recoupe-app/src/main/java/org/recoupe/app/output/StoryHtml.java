package org.recoupe.app.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.recoupe.brief.Answer;
import org.recoupe.brief.ArticleRef;
import org.recoupe.brief.Conflict;
import org.recoupe.brief.Passage;
import org.recoupe.brief.StoryReport;
import org.recoupe.brief.SummaryPoint;
import org.recoupe.brief.WhoEntry;
import org.recoupe.claims.Attribution;
import org.recoupe.claims.Dispute;
import org.recoupe.document.Span;
import org.recoupe.quotes.Speaker;
import org.recoupe.quotes.Statement;
import org.recoupe.time.DatedSentence;
import org.recoupe.time.TimelineEvent;

/**
 * Writes a story's brief as one self-contained page ({@code story.html}): no external asset, its
 * style and script inlined and allowed by hash in a Content-Security-Policy, every citation a link
 * to the cited sentences in the page's own copy of the source texts. Everything taken from articles
 * goes through {@link Html#escape}.
 */
public final class StoryHtml {
  private static final String CSS = resource("story.css");
  private static final String JS = resource("story.js");
  private static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(JS)
      + "'; base-uri 'none'; form-action 'none'";
  private static final int STATEMENTS_SHOWN = 12;
  private static final int CLAIMS_SHOWN = 12;
  private static final int WHO_SHOWN = 25;
  private static final Map<String, String> PARTS_OF_DAY = Map.of(
      "MO", "morning", "AF", "afternoon", "EV", "evening", "NI", "night", "DT", "daytime");
  private static final Map<String, String> TYPES = Map.of(
      "PER", "person", "ORG", "organisation", "LOC", "place", "MISC", "other");

  private final StoryReport story;
  private final List<SourceText> sources;
  private final PassageLinks links;
  private final StringBuilder out = new StringBuilder(1 << 16);

  private StoryHtml(StoryReport story, List<SourceText> sources) {
    this.story = story;
    this.sources = sources;
    this.links = new PassageLinks(story, sources);
  }

  /** Writes the page of {@code story}; {@code sources} are its articles' texts. */
  public static void write(StoryReport story, List<SourceText> sources, Path file) throws IOException {
    Files.writeString(file, render(story, sources), StandardCharsets.UTF_8);
  }

  /** The page of {@code story}; {@code sources} are its articles' texts. */
  public static String render(StoryReport story, List<SourceText> sources) {
    return new StoryHtml(story, sources).page();
  }

  private String page() {
    String headline = story.brief().headline() == null || story.brief().headline().isBlank()
        ? "Story " + story.id() : story.brief().headline();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(headline)).append(" — Recoupe</title>\n")
        .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    header(headline);
    fiveW();
    summary();
    conflicts();
    disputes();
    claims();
    statements();
    timeline();
    who();
    singleSource();
    sourceList();
    SourceAppendix.render(story, sources, out);
    out.append("</main>\n<footer>Brief written by Recoupe from ").append(count(story.articles().size(), "article"))
        .append("; every claim links to the sentences it comes from.</footer>\n")
        .append("<script>").append(JS).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header(String headline) {
    out.append("<header>\n<p class=\"kicker\">Recoupe brief · ").append(Html.escape(story.id())).append("</p>\n")
        .append("<h1 id=\"headline\">").append(Html.escape(headline)).append("</h1>\n")
        .append("<p class=\"counts\">").append(count(story.articles().size(), "article")).append(", ")
        .append(count(story.origins().size(), "independent origin")).append("</p>\n");
    if (!story.conflicts().isEmpty()) {
      out.append("<p class=\"alert\"><a href=\"#disagreements\">⚠ ")
          .append(count(story.conflicts().size(), "disagreement")).append(" between sources</a></p>\n");
    }
    out.append("<nav class=\"toc\"><a href=\"#summary\">Summary</a> <a href=\"#disagreements\">Disagreements</a> ")
        .append("<a href=\"#disputes\">Disputes</a> <a href=\"#claims\">Claims</a> ")
        .append("<a href=\"#statements\">Key statements</a> <a href=\"#timeline\">Timeline</a> ")
        .append("<a href=\"#who\">Who’s who</a> <a href=\"#single-source\">Single-source claims</a> ")
        .append("<a href=\"#sources\">Sources</a></nav>\n</header>\n");
  }

  private void fiveW() {
    Map<String, Answer> w = story.brief().fiveW();
    if (w.isEmpty()) {
      return;
    }
    out.append("<section id=\"five-w\">\n<h2>Who, what, when, where, why, how</h2>\n<dl class=\"five-w\">\n");
    for (String k : List.of("who", "what", "when", "where", "why", "how")) {
      Answer a = w.get(k);
      if (a == null) {
        continue;
      }
      out.append("<dt>").append(k).append("</dt><dd>").append(Html.escape(a.text()));
      if (!a.support().isEmpty()) {
        out.append(' ').append(cites(a.support()));
      }
      if (a.source() != null) {
        out.append(" <span class=\"said-by\">according to ").append(Html.escape(a.source())).append("</span>");
      }
      out.append("</dd>\n");
    }
    out.append("</dl>\n</section>\n");
  }

  private void disputes() {
    out.append("<section id=\"disputes\">\n<h2>Disputed between parties</h2>\n");
    if (story.disputes().isEmpty()) {
      out.append("<p class=\"none\">No claim is reported as alleged by one party and denied by another.</p>\n");
    } else {
      out.append("<p class=\"note\">The sources report these as disputed between the parties named; ")
          .append("they do not contradict each other.</p>\n");
    }
    for (Dispute d : story.disputes()) {
      out.append("<div class=\"dispute\">\n<p class=\"topic\">").append(Html.escape(d.topic())).append("</p>\n<ul>\n");
      for (Dispute.Side s : d.sides()) {
        out.append("<li><span class=\"stance\">").append(s.stance() == Dispute.Stance.DENIES ? "denied by " : "alleged by ")
            .append(Html.escape(s.names().isEmpty() ? s.party() : String.join(", ", s.names()))).append("</span>: «")
            .append(Html.escape(s.text())).append("» ")
            .append(cites(List.of(new Passage(s.articleId(), "", 0, s.span(), "")))).append("</li>\n");
      }
      out.append("</ul>\n</div>\n");
    }
    out.append("</section>\n");
  }

  private void claims() {
    out.append("<section id=\"claims\">\n<h2>Claims</h2>\n");
    if (story.claims().isEmpty()) {
      out.append("<p class=\"none\">No claim could be drawn from the articles.</p>\n");
    } else {
      out.append("<p class=\"note\">Each claim with what it states, who says so, and how many independent ")
          .append("origins back it.</p>\n");
    }
    shownThenFolded(story.claims(), CLAIMS_SHOWN, "more claims", "<ol class=\"claims\">\n", "</ol>\n", p -> {
      out.append("<li><p>").append(Html.escape(p.passage().text())).append(' ').append(cites(p.support())).append(' ')
          .append(originsBadge(p.origins())).append("</p>");
      if (p.claim() != null) {
        out.append("<dl class=\"fields\">");
        ClaimText.fields(p.claim()).forEach((k, v) -> out.append("<dt>").append(Html.escape(k)).append("</dt><dd>")
            .append(Html.escape(v)).append("</dd>"));
        out.append("</dl>");
        List<Map.Entry<Integer, String>> said = ClaimText.attributions(story, p.support());
        if (!said.isEmpty()) {
          out.append("<p class=\"attributions\">");
          said.forEach(e -> out.append('[').append(e.getKey()).append("] ").append(Html.escape(e.getValue())).append("; "));
          out.setLength(out.length() - 2);
          out.append("</p>");
        }
      }
      out.append("</li>\n");
    });
    out.append("</section>\n");
  }

  private void summary() {
    out.append("<section id=\"summary\">\n<h2>Summary</h2>\n");
    if (story.brief().summary().isEmpty()) {
      out.append("<p class=\"none\">No sentence could be drawn from the articles.</p>\n");
    } else {
      out.append("<ol class=\"summary\">\n");
      for (SummaryPoint p : story.brief().summary()) {
        out.append("<li>").append(Html.escape(p.passage().text())).append(' ').append(cites(p.support())).append(' ')
            .append(originsBadge(p.origins())).append("</li>\n");
      }
      out.append("</ol>\n");
    }
    out.append("</section>\n");
  }

  private void conflicts() {
    out.append("<section id=\"disagreements\" class=\"disagreements\">\n<h2>Disagreements");
    if (!story.conflicts().isEmpty()) {
      out.append(" <span class=\"count\">").append(story.conflicts().size()).append("</span>");
    }
    out.append("</h2>\n");
    if (story.conflicts().isEmpty()) {
      out.append("<p class=\"none\">No disagreement was found between the sources.</p>\n");
    }
    for (Conflict c : story.conflicts()) {
      out.append("<div class=\"conflict\">\n<p class=\"kind\">").append(Html.escape(c.kind().replace('_', ' '))).append("</p>\n")
          .append("<p class=\"what\">").append(Html.escape(c.summary())).append("</p>\n<div class=\"sides\">\n");
      for (Conflict.Side s : c.sides()) {
        List<Passage> cited = new ArrayList<>();
        for (int i = 0; i < s.articleIds().size() && i < s.quotes().size(); i++) {
          cited.add(new Passage(s.articleIds().get(i), "", i, s.quotes().get(i), ""));
        }
        out.append("<div class=\"side\"><p class=\"value\">").append(Html.escape(s.value())).append("</p>")
            .append("<p class=\"words\">«").append(Html.escape(s.text())).append("» ").append(cites(cited)).append("</p>");
        if (!cited.isEmpty()) {
          links.sentences(cited.get(0).articleId(), cited.get(0).span()).filter(t -> !t.equals(s.text()))
              .ifPresent(t -> out.append("<p class=\"context\">").append(Html.escape(t)).append("</p>"));
        }
        out.append("</div>\n");
      }
      out.append("</div>\n</div>\n");
    }
    out.append("</section>\n");
  }

  private void statements() {
    out.append("<section id=\"statements\">\n<h2>Key statements</h2>\n");
    if (story.statements().isEmpty()) {
      out.append("<p class=\"none\">No quotation was found.</p>\n");
    }
    shownThenFolded(story.statements(), STATEMENTS_SHOWN, "more statements", "<ul class=\"statements\">\n", "</ul>\n", s -> {
      out.append("<li><p class=\"speaker\">").append(Html.escape(s.speaker() == null ? "unattributed" : s.speaker()));
      if (s.articleIds().size() > 1) {
        out.append(" <span class=\"badge\">").append(count(s.articleIds().size(), "article")).append("</span>");
      }
      out.append("</p>\n<ul class=\"wordings\">\n");
      for (Statement.Variant v : s.variants()) {
        out.append(v.language() == null ? "<li>" : "<li lang=\"" + Html.escape(v.language()) + "\">")
            .append("«").append(Html.escape(v.text())).append("» ")
            .append(cites(v.uses().stream().map(w -> new Passage(w.articleId(), "", 0, w.quote().span(), "")).toList()));
        v.uses().stream().map(w -> w.quote().via()).filter(via -> via != null).map(Speaker::text).distinct()
            .forEach(via -> out.append(" <span class=\"via\">via ").append(Html.escape(via)).append("</span>"));
        out.append("</li>\n");
      }
      out.append("</ul></li>\n");
    });
    out.append("</section>\n");
  }

  private void timeline() {
    out.append("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
    if (story.timeline().isEmpty()) {
      out.append("<p class=\"none\">No dated event was found.</p>\n</section>\n");
      return;
    }
    out.append("<p class=\"legend\"><span class=\"key\"></span> the story’s events ")
        .append("<span class=\"key background\"></span> background ")
        .append("<span class=\"key disputed\"></span> disputed by another source</p>\n<ol class=\"timeline\">\n");
    String previous = null;
    for (TimelineEvent e : story.timeline()) {
      String date = dateLabel(e.value());
      boolean disputed = e.mentions().stream().anyMatch(d -> disputed(d.articleId(), d.sentence()));
      out.append("<li class=\"event").append(e.background() ? " background" : "").append(disputed ? " disputed" : "")
          .append(date.equals(previous) ? " same-date" : "").append("\">")
          .append("<span class=\"date\">").append(Html.escape(date)).append("</span>")
          .append("<p>").append(Html.escape(e.mentions().get(0).text())).append(' ');
      List<Passage> cited = new ArrayList<>();
      for (DatedSentence d : e.mentions()) {
        cited.add(new Passage(d.articleId(), "", 0, d.sentence(), ""));
      }
      out.append(cites(cited));
      if (disputed) {
        out.append(" <a class=\"badge disputed\" href=\"#disagreements\">disputed</a>");
      }
      out.append("</p></li>\n");
      previous = date;
    }
    out.append("</ol>\n</section>\n");
  }

  /** Whether a side of a disagreement cites this sentence (or part of it). */
  private boolean disputed(String articleId, Span sentence) {
    for (Conflict c : story.conflicts()) {
      for (Conflict.Side side : c.sides()) {
        for (int i = 0; i < side.articleIds().size() && i < side.quotes().size(); i++) {
          if (side.articleIds().get(i).equals(articleId) && side.quotes().get(i).overlaps(sentence)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void who() {
    out.append("<section id=\"who\">\n<h2>Who’s who</h2>\n");
    if (story.who().isEmpty()) {
      out.append("<p class=\"none\">No named actor was recognised.</p>\n</section>\n");
      return;
    }
    String head = "<table class=\"who\">\n<thead><tr><th>Name</th><th>Kind</th><th>Also called</th><th>Role</th>"
        + "<th>Named in</th></tr></thead>\n<tbody>\n";
    shownThenFolded(story.who(), WHO_SHOWN, "more names", head, "</tbody>\n</table>\n", w -> {
      out.append("<tr><td>").append(Html.escape(w.name())).append("</td><td>")
          .append(Html.escape(TYPES.getOrDefault(w.type(), w.type()))).append("</td><td>")
          .append(Html.escape(String.join(", ", w.variants().stream()
              .filter(v -> !v.equals(w.name()) && !w.roles().contains(v)).toList())))
          .append("</td><td>").append(Html.escape(String.join(", ", w.roles()))).append("</td><td class=\"cites\">");
      w.mentionsPerArticle().keySet().stream().map(links::article).flatMap(Optional::stream)
          .sorted(Comparator.comparingInt(PassageLinks.Link::number)).forEach(l -> out.append(link(l)));
      out.append("</td></tr>\n");
    });
    out.append("</section>\n");
  }

  private void singleSource() {
    out.append("<section id=\"single-source\">\n<h2>Single-source claims</h2>\n");
    if (story.brief().singleSource().isEmpty()) {
      out.append("<p class=\"none\">Every claim kept is made by more than one origin.</p>\n</section>\n");
      return;
    }
    out.append("<p class=\"note\">Made by one origin only: to be read with care.</p>\n<ul class=\"single\">\n");
    for (SummaryPoint p : story.brief().singleSource()) {
      out.append("<li>").append(Html.escape(p.passage().text())).append(' ').append(cites(p.support()))
          .append(' ').append(originsBadge(p.origins()));
      if (p.claim() != null && p.claim().attribution().kind() != Attribution.Kind.OUTLET) {
        out.append(" <span class=\"said-by\">").append(Html.escape(ClaimText.attribution(p.claim().attribution())))
            .append("</span>");
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private void sourceList() {
    Map<String, Integer> originNumber = new LinkedHashMap<>();
    Map<String, List<String>> originMembers = new LinkedHashMap<>();
    for (int g = 0; g < story.origins().size(); g++) {
      for (String id : story.origins().get(g)) {
        originNumber.put(id, g + 1);
        originMembers.put(id, story.origins().get(g));
      }
    }
    out.append("<section id=\"sources\">\n<h2>Sources</h2>\n<table class=\"sources\">\n<thead><tr><th>#</th>")
        .append("<th>Title</th><th>Outlet</th><th>Date</th><th>Origin</th></tr></thead>\n<tbody>\n");
    for (ArticleRef a : story.articles()) {
      out.append("<tr><td><a class=\"cite\" href=\"#").append(PassageLinks.articleId(a.number())).append("\">[")
          .append(a.number()).append("]</a></td><td>").append(Html.escape(a.title() == null ? a.id() : a.title()));
      if (a.url() != null && (a.url().startsWith("https://") || a.url().startsWith("http://"))) {
        out.append(" <a class=\"external\" rel=\"noopener noreferrer\" href=\"").append(Html.escape(a.url()))
            .append("\">original</a>");
      }
      out.append("</td><td>").append(Html.escape(outlet(a))).append("</td><td class=\"date\">")
          .append(Html.escape(date(a))).append("</td><td>");
      Integer origin = originNumber.get(a.id());
      out.append(origin == null ? "own" : "origin " + origin);
      List<String> shared = originMembers.getOrDefault(a.id(), List.of()).stream().filter(id -> !id.equals(a.id())).toList();
      if (!shared.isEmpty()) {
        out.append(", shared with ");
        shared.stream().map(links::article).flatMap(Optional::stream).forEach(l -> out.append(link(l)));
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** The articles' citation links for {@code passages}: one per article, to its first passage, in number order. */
  private String cites(List<Passage> passages) {
    Map<String, Passage> firstPerArticle = new LinkedHashMap<>();
    passages.forEach(p -> firstPerArticle.putIfAbsent(p.articleId(), p));
    StringBuilder sb = new StringBuilder("<span class=\"cites\">");
    firstPerArticle.values().stream().map(p -> links.passage(p.articleId(), p.span())).flatMap(Optional::stream)
        .sorted(Comparator.comparingInt(PassageLinks.Link::number)).forEach(l -> sb.append(link(l)));
    return sb.append("</span>").toString();
  }

  private String link(PassageLinks.Link l) {
    StringBuilder sb = new StringBuilder("<a class=\"cite\" href=\"#").append(l.first()).append('"');
    if (!l.last().equals(l.first())) {
      sb.append(" data-last=\"").append(l.last()).append('"');
    }
    story.articles().stream().filter(a -> a.number() == l.number()).findFirst()
        .ifPresent(a -> sb.append(" title=\"").append(Html.escape(describe(a))).append('"'));
    return sb.append(">[").append(l.number()).append("]</a>").toString();
  }

  private static String originsBadge(int origins) {
    return origins <= 1 ? "<span class=\"badge single\">single source</span>"
        : "<span class=\"badge origins\">" + origins + " independent origins</span>";
  }

  private <T> void shownThenFolded(List<T> items, int shown, String more, String open, String close, Consumer<T> row) {
    if (items.isEmpty()) {
      return;
    }
    out.append(open);
    items.stream().limit(shown).forEach(row);
    out.append(close);
    if (items.size() > shown) {
      out.append("<details><summary>").append(items.size() - shown).append(' ').append(more).append("</summary>\n")
          .append(open);
      items.stream().skip(shown).forEach(row);
      out.append(close).append("</details>\n");
    }
  }

  /** "[n] Title — outlet, date": how a citation's tooltip names its article. */
  private static String describe(ArticleRef a) {
    return "[" + a.number() + "] " + (a.title() == null ? a.id() : a.title()) + " — " + outlet(a) + ", " + date(a);
  }

  /** The article's outlet and credited agencies: "Le Monde (AFP)", "unknown outlet". */
  static String outlet(ArticleRef a) {
    String outlet = a.outlet() == null ? "unknown outlet" : a.outlet();
    return a.agencies().isEmpty() ? outlet : outlet + " (" + String.join(", ", a.agencies()) + ")";
  }

  /** The article's publication date as a reader sees it: "2024-06-19 16:00", "date unknown". */
  static String date(ArticleRef a) {
    return a.published() == null ? "date unknown" : a.published().replace('T', ' ');
  }

  /** A TIMEX3 value as a reader sees it: "2024-06-18TNI" is "2024-06-18 night". */
  static String dateLabel(String value) {
    int t = value.indexOf('T');
    if (t > 0 && PARTS_OF_DAY.containsKey(value.substring(t + 1))) {
      return value.substring(0, t) + " " + PARTS_OF_DAY.get(value.substring(t + 1));
    }
    return value;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String resource(String name) {
    try (InputStream in = StoryHtml.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String inline) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
