package org.recoupe.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;

/**
 * Splits a run's analysed articles into stories and, within each, into origin groups (articles
 * crediting the same wire agency count as one origin).
 */
final class StoryGroups {
  private StoryGroups() {}

  /** One story's articles and origin groups. */
  record Group(String id, List<Document> articles, List<List<String>> origins) {}

  static List<Group> of(List<Document> docs) {
    List<Document> sorted = new ArrayList<>(docs);
    sorted.sort(java.util.Comparator.comparing(Document::id));
    Map<String, List<String>> byAgency = new LinkedHashMap<>();
    List<List<String>> origins = new ArrayList<>();
    for (Document d : sorted) {
      List<String> agencies = d.find(Keys.METADATA).map(Metadata::agencies).orElse(List.of());
      if (agencies.isEmpty()) {
        origins.add(new ArrayList<>(List.of(d.id())));
      } else {
        byAgency.computeIfAbsent(agencies.get(0), k -> {
          List<String> g = new ArrayList<>();
          origins.add(g);
          return g;
        }).add(d.id());
      }
    }
    return List.of(new Group("story-1", sorted, origins));
  }
}
