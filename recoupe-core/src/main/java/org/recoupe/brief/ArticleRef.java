package org.recoupe.brief;

import java.util.List;

/**
 * An article as a story's source list shows it; {@code number} is what citations ([1], [2]) refer
 * to.
 *
 * @param id the article's id
 * @param number its citation number in the story, from 1
 * @param title its headline, or {@code null}
 * @param outlet its publication, or {@code null}
 * @param published its publication date (ISO-8601), or {@code null}
 * @param origin the id of its origin group
 * @param agencies the wire agencies it credits
 * @param url its address, or {@code null}
 * @param file the file it was read from
 */
public record ArticleRef(String id, int number, String title, String outlet, String published, String origin,
    List<String> agencies, String url, String file) {
  /** Defensive copy. */
  public ArticleRef {
    agencies = List.copyOf(agencies);
  }
}
