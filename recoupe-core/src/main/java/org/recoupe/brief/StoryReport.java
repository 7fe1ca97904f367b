package org.recoupe.brief;

import java.util.List;
import org.recoupe.claims.Dispute;
import org.recoupe.quotes.Statement;
import org.recoupe.time.TimelineEvent;

/**
 * Everything Recoupe establishes about one story, each item with the articles that support it.
 *
 * @param id the story's id
 * @param articles the source list, numbered for citations
 * @param origins the origin groups: articles sharing copy or an agency credit count as one source
 * @param who the actors
 * @param statements what was said, each statement once with all its wordings
 * @param timeline dated events in order, background included and marked
 * @param claims the claims with their support, best corroborated first
 * @param conflicts where sources disagree
 * @param disputes claims the sources attribute to opposing parties (an accusation and a denial)
 * @param brief the consolidated brief
 */
public record StoryReport(String id, List<ArticleRef> articles, List<List<String>> origins, List<WhoEntry> who,
    List<Statement> statements, List<TimelineEvent> timeline, List<SummaryPoint> claims, List<Conflict> conflicts,
    List<Dispute> disputes, Brief brief) {
  /** Defensive copies. */
  public StoryReport {
    articles = List.copyOf(articles);
    origins = origins.stream().map(List::copyOf).toList();
    who = List.copyOf(who);
    statements = List.copyOf(statements);
    timeline = List.copyOf(timeline);
    claims = List.copyOf(claims);
    conflicts = List.copyOf(conflicts);
    disputes = List.copyOf(disputes);
  }

  /** The citation number of an article, or 0 if it is not in the story. */
  public int numberOf(String articleId) {
    return articles.stream().filter(a -> a.id().equals(articleId)).mapToInt(ArticleRef::number).findFirst().orElse(0);
  }
}
