package org.recoupe.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoupe.entities.CanonicalEntity;
import org.recoupe.entities.EntityTable;

/** The who's who of a story: its canonical entities, most widely reported first. */
public final class WhoTable {
  private WhoTable() {}

  /** One entry per canonical entity of {@code table}. */
  public static List<WhoEntry> of(EntityTable table) {
    List<WhoEntry> out = new ArrayList<>();
    for (CanonicalEntity e : table.entities()) {
      Map<String, Integer> perArticle = new LinkedHashMap<>();
      e.mentions().forEach((article, mentions) -> perArticle.put(article, mentions.size()));
      out.add(new WhoEntry(e.name(), e.type().name(), e.variants(), perArticle, e.roles()));
    }
    out.sort(Comparator.comparingInt(WhoEntry::articles).reversed()
        .thenComparing(w -> -w.mentionsPerArticle().values().stream().mapToInt(Integer::intValue).sum())
        .thenComparing(WhoEntry::name));
    return out;
  }
}
