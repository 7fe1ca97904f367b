package org.recoupe.app.output;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.recoupe.brief.ArticleRef;
import org.recoupe.brief.StoryReport;
import org.recoupe.document.Span;

/**
 * The "Source texts" part of a story page: each article's cleaned text with every sentence in an
 * element of its own ({@link PassageLinks#sentenceId}), so that citations can land on it.
 */
final class SourceAppendix {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private SourceAppendix() {}

  /** Appends the appendix of {@code story} to {@code out}. */
  static void render(StoryReport story, List<SourceText> sources, StringBuilder out) {
    Map<String, SourceText> byId = sources.stream().collect(Collectors.toMap(SourceText::articleId, Function.identity(), (a, b) -> a));
    out.append("<section id=\"source-texts\" class=\"source-texts\">\n<h2>Source texts</h2>\n");
    for (ArticleRef a : story.articles()) {
      SourceText source = byId.get(a.id());
      out.append("<article class=\"source\" id=\"").append(PassageLinks.articleId(a.number())).append('"');
      if (source != null && source.language() != null && LANGUAGE.matcher(source.language()).matches()) {
        out.append(" lang=\"").append(source.language()).append('"');
      }
      out.append(">\n<h3><span class=\"num\">[").append(a.number()).append("]</span> ")
          .append(Html.escape(a.title() == null ? a.id() : a.title())).append("</h3>\n");
      out.append("<p class=\"meta\">").append(Html.escape(StoryHtml.outlet(a))).append(" · ")
          .append(Html.escape(StoryHtml.date(a))).append(" · ").append(Html.escape(a.file()))
          .append(" · <a href=\"#sources\">back to the source list</a></p>\n");
      if (source == null) {
        out.append("<p class=\"none\">The text of this article is not available.</p>\n");
      } else {
        text(a.number(), source, out);
      }
      out.append("</article>\n");
    }
    out.append("</section>\n");
  }

  private static void text(int number, SourceText source, StringBuilder out) {
    String text = source.text();
    out.append("<div class=\"text\">");
    int at = 0;
    List<Span> sentences = source.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      out.append(Html.escape(text.substring(at, s.start())));
      out.append("<span class=\"s\" id=\"").append(PassageLinks.sentenceId(number, i)).append("\">")
          .append(Html.escape(s.of(text))).append("</span>");
      at = s.end();
    }
    out.append(Html.escape(text.substring(at))).append("</div>\n");
  }
}
