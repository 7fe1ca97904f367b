package org.recoupe.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoupe.document.Document;
import org.recoupe.entities.EntityKeys;
import org.recoupe.entities.Mention;
import org.recoupe.text.Terms;

/**
 * The who's who of a story from its articles' mentions: mentions with the same folded name and type
 * are one actor, and a shorter name that is the last word of a longer one of the same type ("Kim" of
 * "Kim Jong-un", "Blinken" of "Antony Blinken") joins it.
 */
public final class WhoTable {
  private WhoTable() {}

  /** The actors, most widely reported first. */
  public static List<WhoEntry> of(List<Document> articles) {
    Map<String, Map<String, Integer>> perArticle = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> surfaces = new HashMap<>();
    Map<String, String> typeOf = new HashMap<>();
    for (Document d : articles) {
      for (Mention m : d.find(EntityKeys.MENTIONS).orElse(List.of())) {
        String key = m.type() + ":" + Terms.fold(m.text()).replaceAll("[\\s\\p{Z}-]+", " ").trim();
        perArticle.computeIfAbsent(key, k -> new HashMap<>()).merge(d.id(), 1, Integer::sum);
        surfaces.computeIfAbsent(key, k -> new HashMap<>()).merge(m.text(), 1, Integer::sum);
        typeOf.put(key, m.type().name());
      }
    }
    Map<String, String> parent = new HashMap<>();
    List<String> keys = new ArrayList<>(perArticle.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed());
    for (String shortKey : keys) {
      for (String longKey : keys) {
        if (longKey.length() > shortKey.length() && typeOf.get(longKey).equals(typeOf.get(shortKey))
            && longKey.endsWith(" " + shortKey.substring(shortKey.indexOf(':') + 1))
            && !parent.containsKey(longKey)) {
          parent.put(shortKey, longKey);
          break;
        }
      }
    }
    Map<String, Map<String, Integer>> mergedCounts = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> mergedSurfaces = new HashMap<>();
    for (String key : perArticle.keySet()) {
      String root = key;
      while (parent.containsKey(root)) {
        root = parent.get(root);
      }
      Map<String, Integer> counts = mergedCounts.computeIfAbsent(root, k -> new HashMap<>());
      perArticle.get(key).forEach((a, n) -> counts.merge(a, n, Integer::sum));
      Map<String, Integer> names = mergedSurfaces.computeIfAbsent(root, k -> new HashMap<>());
      surfaces.get(key).forEach((s, n) -> names.merge(s, n, Integer::sum));
    }
    List<WhoEntry> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> e : mergedCounts.entrySet()) {
      Map<String, Integer> names = mergedSurfaces.get(e.getKey());
      List<String> variants = names.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey).toList();
      String name = variants.stream().max(Comparator.comparingInt(String::length)).orElse("");
      out.add(new WhoEntry(name, typeOf.get(e.getKey()), variants, e.getValue(), List.of()));
    }
    out.sort(Comparator.comparingInt(WhoEntry::articles).reversed()
        .thenComparing(w -> -w.mentionsPerArticle().values().stream().mapToInt(Integer::intValue).sum())
        .thenComparing(WhoEntry::name));
    return out;
  }
}
