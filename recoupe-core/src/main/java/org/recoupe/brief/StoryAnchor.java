package org.recoupe.brief;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.time.Anchor;
import org.recoupe.time.TimeStage;

/**
 * The date a story happens on, for articles that carry no publication date of their own: the date
 * most of its articles were published on, else the date most of them write in full.
 */
public final class StoryAnchor {
  private StoryAnchor() {}

  /** The story's date, or {@code null} when no article gives one. */
  public static LocalDate of(List<Document> articles) {
    Map<LocalDate, Integer> published = new HashMap<>();
    Map<LocalDate, Integer> written = new HashMap<>();
    for (Document d : articles) {
      Metadata meta = d.find(Keys.METADATA).orElse(Metadata.EMPTY);
      if (meta.published() != null) {
        published.merge(meta.published().date(), 1, Integer::sum);
      } else {
        Anchor a = TimeStage.anchor(meta, d.find(Keys.TEXT).orElse(""), null);
        if (a != null) {
          written.merge(a.date(), 1, Integer::sum);
        }
      }
    }
    Map<LocalDate, Integer> votes = published.isEmpty() ? written : published;
    return votes.entrySet().stream()
        .max(Map.Entry.<LocalDate, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(null);
  }
}
