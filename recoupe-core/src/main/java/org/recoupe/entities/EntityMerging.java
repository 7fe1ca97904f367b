package org.recoupe.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the local entities of several articles into canonical entities, one per real actor: a
 * plain function over immutable values, so the embedded runner and a Spark job run the same code.
 *
 * <p>Two local entities are one when they share a full name up to case, accents, hyphens, spacing
 * and transliteration ({@link NameKeys#phonetic}: "Kim Jong-un" / "Kim Jong Un", "Iouri Ouchakov" /
 * "Yuri Ushakov"), or name the same country or body ({@link Aliases}, acronyms); when a person's
 * full names differ by one letter in a long surname and the two share the rest of the name and
 * something else of the story (an entity both articles mention: "Mantrurov" / "Manturov"); when an
 * article knows a person only by surname and one person of the set bears it (or far more often
 * than any other); and when an article only describes a person ("le dirigeant nord-coréen") and
 * another article taught that description for exactly one person.
 */
public final class EntityMerging {
  private EntityMerging() {}

  /** A local entity with what the rules compare. */
  private record Node(String article, LocalEntity entity, Map<String, Integer> surfaceCounts, Set<String> fullKeys,
      Set<String> shortKeys, String alias) {
    boolean person() {
      return entity.type() == EntityType.PER;
    }
  }

  /**
   * The canonical entities of the articles.
   *
   * @param articles each article's entities, by article id, in a stable order
   */
  public static EntityTable merge(Map<String, LocalEntities> articles) {
    List<Node> nodes = nodes(articles);
    int[] parent = new int[nodes.size()];
    Arrays.setAll(parent, i -> i);
    joinByKeys(nodes, parent);
    joinAcronyms(nodes, parent);
    joinTypos(nodes, parent);
    joinSurnames(nodes, parent);
    joinDescriptions(nodes, parent);
    return table(nodes, parent);
  }

  private static List<Node> nodes(Map<String, LocalEntities> articles) {
    List<Node> nodes = new ArrayList<>();
    for (Map.Entry<String, LocalEntities> a : articles.entrySet()) {
      LocalEntities local = a.getValue();
      for (LocalEntity e : local.entities()) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> full = new LinkedHashSet<>();
        Set<String> shortKeys = new LinkedHashSet<>();
        String alias = null;
        for (int i : e.mentions()) {
          LinkedMention m = local.mentions().get(i);
          counts.merge(m.mention().text(), 1, Integer::sum);
          if (m.description()) {
            continue;
          }
          List<String> words = NameKeys.phoneticWords(m.mention().text());
          (words.size() > 1 ? full : shortKeys).add(String.join(" ", words));
          if (alias == null && e.type() != EntityType.PER) {
            alias = Aliases.key(m.mention().text());
          }
        }
        nodes.add(new Node(a.getKey(), e, counts, full, shortKeys, alias));
      }
    }
    return nodes;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = root(parent, a);
    int rb = root(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** Same full name (persons) or same name, country or body (others), through a key index. */
  private static void joinByKeys(List<Node> nodes, int[] parent) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (!n.entity().named()) {
        continue;
      }
      Set<String> keys = new LinkedHashSet<>();
      if (n.person()) {
        n.fullKeys().forEach(k -> keys.add("per:" + k));
        if (n.fullKeys().isEmpty()) {
          n.shortKeys().forEach(k -> keys.add("per-short:" + k));
        }
      } else if (n.alias() != null) {
        keys.add("alias:" + n.alias());
      } else {
        n.fullKeys().forEach(k -> keys.add("name:" + k));
        n.shortKeys().forEach(k -> keys.add("name:" + k));
      }
      for (String k : keys) {
        Integer seen = first.putIfAbsent(k, i);
        if (seen != null) {
          union(parent, seen, i);
        }
      }
    }
  }

  /** An organisation's acronym in one article and its full name in another, through an index of initials. */
  private static void joinAcronyms(List<Node> nodes, int[] parent) {
    Map<String, List<Integer>> byInitials = new HashMap<>();
    for (int j = 0; j < nodes.size(); j++) {
      Node b = nodes.get(j);
      if (b.person() || !b.entity().named()) {
        continue;
      }
      for (String surface : b.surfaceCounts().keySet()) {
        for (String initials : Acronyms.initials(surface)) {
          byInitials.computeIfAbsent(initials, k -> new ArrayList<>()).add(j);
        }
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      Node a = nodes.get(i);
      if (a.person() || !a.entity().named() || a.alias() != null) {
        continue;
      }
      for (String surface : a.surfaceCounts().keySet()) {
        if (Acronyms.isAcronym(surface)) {
          for (int j : byInitials.getOrDefault(NameKeys.fold(surface), List.of())) {
            union(parent, i, j);
          }
        }
      }
    }
  }

  /** Persons whose full names differ by one letter of a long word, sharing the rest and some context. */
  private static void joinTypos(List<Node> nodes, int[] parent) {
    Map<String, List<Integer>> byWord = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (n.person()) {
        for (String key : n.fullKeys()) {
          for (String w : key.split(" ")) {
            byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
          }
        }
      }
    }
    for (List<Integer> bucket : byWord.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int i = bucket.get(x);
          int j = bucket.get(y);
          Node a = nodes.get(i);
          Node b = nodes.get(j);
          if (root(parent, i) != root(parent, j) && oneTypoApart(a, b) && shareContext(nodes, parent, a, b)) {
            union(parent, i, j);
          }
        }
      }
    }
  }

  private static boolean oneTypoApart(Node a, Node b) {
    for (String ka : a.fullKeys()) {
      for (String kb : b.fullKeys()) {
        String[] wa = ka.split(" ");
        String[] wb = kb.split(" ");
        if (wa.length != wb.length) {
          continue;
        }
        int differing = 0;
        boolean close = true;
        for (int k = 0; k < wa.length; k++) {
          if (!wa[k].equals(wb[k])) {
            differing++;
            close &= Math.min(wa[k].length(), wb[k].length()) >= 6 && NameKeys.distance(wa[k], wb[k], 1) == 1;
          }
        }
        if (differing == 1 && close) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the two articles mention some other entity in common (already merged by name). */
  private static boolean shareContext(List<Node> nodes, int[] parent, Node a, Node b) {
    if (a.article().equals(b.article())) {
      return true;
    }
    Set<Integer> around = new HashSet<>();
    for (int k = 0; k < nodes.size(); k++) {
      Node n = nodes.get(k);
      if (n.article().equals(a.article()) && n != a && n.entity().named()) {
        around.add(root(parent, k));
      }
    }
    for (int k = 0; k < nodes.size(); k++) {
      Node n = nodes.get(k);
      if (n.article().equals(b.article()) && n != b && n.entity().named() && n.person()
          && around.contains(root(parent, k))) {
        return true;
      }
    }
    return false;
  }

  /** A person known by one word only joins the one person whose full name starts or ends with it. */
  private static void joinSurnames(List<Node> nodes, int[] parent) {
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (!n.person() || !n.fullKeys().isEmpty() || n.shortKeys().isEmpty()) {
        continue;
      }
      Map<Integer, Integer> bearers = new HashMap<>();
      for (int j = 0; j < nodes.size(); j++) {
        Node m = nodes.get(j);
        if (!m.person() || m.fullKeys().isEmpty()) {
          continue;
        }
        for (String key : m.fullKeys()) {
          String[] words = key.split(" ");
          if (n.shortKeys().contains(words[0]) || n.shortKeys().contains(words[words.length - 1])) {
            bearers.merge(root(parent, j), m.entity().mentions().size(), Integer::sum);
            break;
          }
        }
      }
      Integer chosen = dominant(bearers);
      if (chosen != null) {
        union(parent, i, chosen);
      }
    }
  }

  /** A description-only entity joins the one person the same description was taught for elsewhere. */
  private static void joinDescriptions(List<Node> nodes, int[] parent) {
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (n.entity().named()) {
        continue;
      }
      Map<Integer, Integer> designated = new HashMap<>();
      for (String key : n.entity().roleKeys()) {
        String role = role(key);
        Set<String> anchors = anchors(key);
        if (anchors.isEmpty()) {
          continue;
        }
        for (int j = 0; j < nodes.size(); j++) {
          Node m = nodes.get(j);
          if (!m.entity().named() || !m.person()) {
            continue;
          }
          for (String taught : m.entity().roleKeys()) {
            if (role.equals(role(taught)) && anchors(taught).containsAll(anchors)) {
              designated.merge(root(parent, j), 1, Integer::sum);
            }
          }
        }
      }
      Integer chosen = dominant(designated);
      if (chosen != null) {
        union(parent, i, chosen);
      }
    }
  }

  private static String role(String key) {
    return key.substring(0, key.indexOf('|'));
  }

  private static Set<String> anchors(String key) {
    String rest = key.substring(key.indexOf('|') + 1);
    return rest.isEmpty() ? Set.of() : Set.of(rest.split(","));
  }

  /** The candidate with the highest weight if it is the only one or has at least twice the next. */
  private static Integer dominant(Map<Integer, Integer> weights) {
    Integer best = null;
    int top = 0;
    int second = 0;
    for (Map.Entry<Integer, Integer> e : weights.entrySet()) {
      int w = e.getValue();
      if (w > top || w == top && best != null && e.getKey() < best) {
        second = Math.max(second, top);
        best = e.getKey();
        top = w;
      } else {
        second = Math.max(second, w);
      }
    }
    return best != null && top >= 2 * second ? best : null;
  }

  private static EntityTable table(List<Node> nodes, int[] parent) {
    Map<Integer, List<Node>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      clusters.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(nodes.get(i));
    }
    List<List<Node>> ordered = new ArrayList<>(clusters.values());
    ordered.sort(Comparator.comparingInt((List<Node> c) -> -c.stream().mapToInt(n -> n.entity().mentions().size()).sum()));
    List<CanonicalEntity> out = new ArrayList<>(ordered.size());
    for (List<Node> cluster : ordered) {
      out.add(entity(out.size(), cluster));
    }
    return new EntityTable(out);
  }

  private static CanonicalEntity entity(int id, List<Node> cluster) {
    Map<String, Integer> names = new LinkedHashMap<>();
    Set<String> roles = new LinkedHashSet<>();
    Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
    Map<String, List<Integer>> mentions = new LinkedHashMap<>();
    Map<String, List<Integer>> locals = new LinkedHashMap<>();
    for (Node n : cluster) {
      LocalEntity e = n.entity();
      Set<String> described = new HashSet<>(e.roles());
      n.surfaceCounts().forEach((surface, count) -> {
        if (!described.contains(surface)) {
          names.merge(surface, count, Integer::sum);
        }
      });
      roles.addAll(e.roles());
      if (e.named()) {
        types.merge(e.type(), e.mentions().size(), Integer::sum);
      }
      mentions.computeIfAbsent(n.article(), k -> new ArrayList<>()).addAll(e.mentions());
      locals.computeIfAbsent(n.article(), k -> new ArrayList<>()).add(e.id());
    }
    mentions.values().forEach(l -> l.sort(null));
    String name = null;
    int best = -1;
    for (Map.Entry<String, Integer> e : names.entrySet()) {
      int words = Math.min(NameKeys.words(e.getKey()).size(), 2);
      int score = words * 100_000 + e.getValue();
      if (score > best) {
        best = score;
        name = e.getKey();
      }
    }
    if (name == null) {
      name = roles.iterator().next();
    }
    EntityType type = types.isEmpty() ? EntityType.PER
        : types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<String> variants = new ArrayList<>(names.keySet());
    variants.addAll(roles);
    return new CanonicalEntity(id, type, name, variants, List.copyOf(roles), mentions, locals);
  }
}
