package org.recoupe.app.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.recoupe.brief.Answer;
import org.recoupe.brief.ArticleRef;
import org.recoupe.brief.Conflict;
import org.recoupe.brief.StoryReport;
import org.recoupe.brief.SummaryPoint;
import org.recoupe.brief.WhoEntry;
import org.recoupe.claims.Attribution;
import org.recoupe.claims.Dispute;
import org.recoupe.quotes.Statement;
import org.recoupe.time.TimelineEvent;

/** Writes a story's brief as Markdown ({@code story.md}), every sentence followed by its citations. */
public final class StoryMarkdown {
  private StoryMarkdown() {}

  /** Writes {@code story} to {@code file}. */
  public static void write(StoryReport story, Path file) throws IOException {
    Files.writeString(file, render(story), StandardCharsets.UTF_8);
  }

  /** The Markdown text of {@code story}. */
  public static String render(StoryReport story) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(story.brief().headline())).append("\n\n");
    md.append(story.articles().size()).append(" articles, ").append(story.origins().size())
        .append(" independent origins.\n\n");
    if (!story.brief().fiveW().isEmpty()) {
      md.append("## Who, what, when, where, why, how\n\n");
      for (String k : List.of("who", "what", "when", "where", "why", "how")) {
        Answer a = story.brief().fiveW().get(k);
        if (a != null) {
          md.append("- **").append(k).append("**: ").append(escape(a.text()));
          if (!a.articleIds().isEmpty()) {
            md.append(' ').append(cite(story, a.articleIds()));
          }
          if (a.source() != null) {
            md.append(" — according to ").append(escape(a.source()));
          }
          md.append('\n');
        }
      }
      md.append('\n');
    }
    md.append("## Summary\n\n");
    for (SummaryPoint p : story.brief().summary()) {
      md.append("- ").append(escape(p.passage().text())).append(' ').append(cite(story, p.articleIds()))
          .append(" — ").append(ClaimText.origins(p.origins())).append('\n');
    }
    if (!story.conflicts().isEmpty()) {
      md.append("\n## Disagreements\n\n");
      for (Conflict c : story.conflicts()) {
        md.append("- **").append(c.kind()).append("**: ").append(escape(c.summary())).append('\n');
        for (Conflict.Side s : c.sides()) {
          md.append("  - ").append(escape(s.value())).append(": «").append(escape(s.text())).append("» ")
              .append(cite(story, s.articleIds())).append('\n');
        }
      }
    }
    if (!story.disputes().isEmpty()) {
      md.append("\n## Disputed between parties\n\n");
      for (Dispute d : story.disputes()) {
        md.append("- **").append(escape(d.topic())).append("**\n");
        for (Dispute.Side s : d.sides()) {
          md.append("  - ").append(s.stance() == Dispute.Stance.DENIES ? "denied by " : "alleged by ")
              .append(escape(s.names().isEmpty() ? s.party() : String.join(", ", s.names()))).append(": «")
              .append(escape(s.text())).append("» ").append(cite(story, List.of(s.articleId()))).append('\n');
        }
      }
    }
    if (!story.claims().isEmpty()) {
      md.append("\n## Claims\n\n");
      for (SummaryPoint p : story.claims()) {
        md.append("- ").append(escape(p.passage().text())).append(' ').append(cite(story, p.articleIds()))
            .append(" — ").append(ClaimText.origins(p.origins())).append('\n');
        if (p.claim() != null) {
          md.append("  - ").append(ClaimText.fields(p.claim()).entrySet().stream()
              .map(e -> e.getKey() + ": " + escape(e.getValue())).collect(Collectors.joining("; "))).append('\n');
          String said = ClaimText.attributions(story, p.support()).stream()
              .map(e -> "[" + e.getKey() + "] " + escape(e.getValue())).collect(Collectors.joining("; "));
          md.append("  - attribution: ").append(said).append('\n');
        }
      }
    }
    if (!story.statements().isEmpty()) {
      md.append("\n## Key statements\n\n");
      for (Statement s : story.statements().stream().limit(12).toList()) {
        md.append("- **").append(escape(s.speaker() == null ? "unattributed" : s.speaker())).append("**: ");
        md.append(s.variants().stream().map(v -> "«" + escape(v.text()) + "»"
            + (s.multilingual() && v.language() != null ? " (" + v.language() + ")" : "") + " " + cite(story, v.articleIds()))
            .collect(Collectors.joining("; "))).append('\n');
      }
    }
    if (!story.timeline().isEmpty()) {
      md.append("\n## Timeline\n\n");
      for (TimelineEvent e : story.timeline()) {
        md.append("- ").append(StoryHtml.dateLabel(e.value())).append(e.background() ? " (background)" : "").append(": ")
            .append(escape(e.mentions().get(0).text())).append(' ').append(cite(story, e.articleIds())).append('\n');
      }
    }
    if (!story.who().isEmpty()) {
      md.append("\n## Who's who\n\n");
      for (WhoEntry w : story.who().stream().limit(20).toList()) {
        md.append("- **").append(escape(w.name())).append("** (").append(w.type()).append("): ")
            .append(escape(String.join(", ", w.variants()))).append(' ')
            .append(cite(story, w.mentionsPerArticle().keySet().stream().sorted().toList())).append('\n');
      }
    }
    if (!story.brief().singleSource().isEmpty()) {
      md.append("\n## Single-source claims\n\n");
      for (SummaryPoint p : story.brief().singleSource()) {
        md.append("- ").append(escape(p.passage().text())).append(' ').append(cite(story, p.articleIds()));
        if (p.claim() != null && p.claim().attribution().kind() != Attribution.Kind.OUTLET) {
          md.append(" — ").append(escape(ClaimText.attribution(p.claim().attribution())));
        }
        md.append('\n');
      }
    }
    md.append("\n## Sources\n\n");
    for (ArticleRef a : story.articles()) {
      md.append(a.number()).append(". ").append(escape(a.title() == null ? a.id() : a.title()));
      md.append(" — ").append(escape(a.outlet() == null ? "unknown outlet" : a.outlet()));
      md.append(", ").append(a.published() == null ? "date unknown" : a.published());
      md.append(", origin ").append(escape(a.origin())).append('\n');
    }
    return md.toString();
  }

  private static String cite(StoryReport story, List<String> ids) {
    Map<String, Integer> numbers = story.articles().stream().collect(Collectors.toMap(ArticleRef::id, ArticleRef::number));
    return ids.stream().map(numbers::get).filter(n -> n != null).sorted().distinct()
        .map(n -> "[" + n + "]").collect(Collectors.joining());
  }

  /** Article text is untrusted: Markdown and HTML specials are escaped. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.replaceAll("[\\r\\n]+", " ").toCharArray()) {
      if ("\\`*_{}[]<>()#+!|".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c == '&' ? "&amp;" : String.valueOf(c));
    }
    return sb.toString();
  }
}
