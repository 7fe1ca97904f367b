package org.recoupe.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recoupe.entities.Aliases;
import org.recoupe.entities.EntityType;
import org.recoupe.entities.LinkedMention;
import org.recoupe.entities.LocalEntities;

/**
 * What an article's pronouns and collective descriptions can stand for, read in order: the last
 * person who acted ("il"), the last one who spoke ("selon lui"), the last group ("ils", "selon eux"), the last
 * person named ("ce dernier"), and the article's two most named people and countries ("les deux
 * dirigeants", "les deux pays"). Not thread-safe: one per article and extraction.
 */
final class Antecedents {
  private final LocalEntities entities;
  private final Map<Integer, Integer> counts = new HashMap<>();
  private int person = -1;
  private int speaker = -1;
  private List<Integer> group = List.of();
  private String groupText;

  Antecedents(LocalEntities entities) {
    this.entities = entities;
    for (LinkedMention m : entities.mentions()) {
      counts.merge(m.entity(), 1, Integer::sum);
    }
  }

  /** Records who acted or spoke: a single person becomes "il"/"elle", several become "ils". */
  void acted(List<Integer> ids, String text) {
    List<Integer> people = ids.stream().filter(id -> entities.entities().get(id).type() == EntityType.PER).toList();
    if (ids.size() == 1 && people.size() == 1) {
      person = people.get(0);
    } else if (ids.size() > 1 || !ids.isEmpty() && text != null && plural(text)) {
      group = List.copyOf(ids);
      groupText = text;
    }
  }

  /** Records who spoke (a quotation's speaker, a reported source): "selon lui" is the last one. */
  void spoke(List<Integer> ids) {
    if (ids.size() == 1 && entities.entities().get(ids.get(0)).type() == EntityType.PER) {
      speaker = ids.get(0);
    }
  }

  /** The person "selon lui" names: the last speaker, else the last person who acted; or -1. */
  int speaker() {
    return speaker >= 0 ? speaker : person;
  }

  /** The person "il", "elle", "lui" stands for, or -1. */
  int person() {
    return person;
  }

  /** The entities "ils", "eux" stand for (may be empty when the group is not named: "Les Occidentaux"). */
  List<Integer> group() {
    return group;
  }

  /** The words of the last group, or null. */
  String groupText() {
    return groupText;
  }

  /** The last person named before character {@code offset} ("ce dernier"), or -1. */
  int lastPersonBefore(int offset) {
    int found = -1;
    for (LinkedMention m : entities.mentions()) {
      if (m.mention().span().end() > offset) {
        break;
      }
      if (entities.entities().get(m.entity()).type() == EntityType.PER) {
        found = m.entity();
      }
    }
    return found;
  }

  /** The article's two most named people ("les deux dirigeants"), most named first. */
  List<Integer> twoPeople() {
    return topTwo(id -> entities.entities().get(id).type() == EntityType.PER);
  }

  /** The article's two most named countries ("les deux pays"). */
  List<Integer> twoCountries() {
    return topTwo(id -> Aliases.country(Aliases.key(entities.entities().get(id).name())) != null
        && entities.entities().get(id).type() == EntityType.LOC);
  }

  private List<Integer> topTwo(java.util.function.IntPredicate keep) {
    List<Integer> ids = new ArrayList<>(counts.keySet());
    ids.removeIf(id -> !keep.test(id));
    ids.sort(Comparator.comparingInt((Integer id) -> -counts.get(id)).thenComparingInt(id -> id));
    return ids.size() < 2 ? List.of() : List.copyOf(ids.subList(0, 2));
  }

  private static boolean plural(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    return t.startsWith("les ") || t.startsWith("des ") || t.startsWith("the ") && t.endsWith("s");
  }
}
