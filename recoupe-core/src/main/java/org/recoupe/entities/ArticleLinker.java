package org.recoupe.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;

/**
 * Links the mentions of one article into local entities. Names first: a full name opens an entity,
 * the same name written otherwise joins it (case, accents, hyphens, transliteration: {@link
 * NameKeys}), as does a country or body under another of its names ({@link Aliases}) or its
 * acronym; a lone surname or family name ("Poutine", "Kim") joins the nearest person whose full
 * name begins or ends with it. Then role descriptions ({@link RoleDescriptions}): one in apposition
 * to a name ("Le président russe, Vladimir Poutine,", "le président russe Vladimir Poutine",
 * "Karine Jean-Pierre, porte-parole de...") joins that person and teaches what the description
 * designates; a later description that says no more ("le président russe") joins the one person
 * it was taught for, if there is exactly one; other descriptions with a country or body stay
 * entities of their own, for {@link EntityMerging} to resolve across articles. Credits and bylines
 * are left out ({@link Credits}). Stateless and thread-safe.
 */
final class ArticleLinker {
  private static final Set<String> CLOSERS = Set.of(
      ",", ".", ";", ":", ")", "»", "\"", "et", "and", "pour", "en", "for", "in", "of", "à", "au", "at");
  private final RoleDescriptions descriptions = new RoleDescriptions();

  /** An entity while it is being built. */
  private static final class Group {
    final Set<String> keys = new LinkedHashSet<>();
    final List<String> surfaces = new ArrayList<>();
    String alias;
    List<String> words = List.of();
    boolean person;
  }

  /** A mention with the group it joined. */
  private static final class Item {
    final Mention mention;
    final boolean description;
    final RoleDescription role;
    Group group;

    Item(Mention mention, RoleDescription role) {
      this.mention = mention;
      this.description = role != null;
      this.role = role;
    }
  }

  LocalEntities link(String text, List<Sentence> sentences, List<Mention> mentions, String language,
      List<String> authors) {
    Credits credits = new Credits(authors);
    boolean[] menu = menuLike(sentences);
    List<Mention> names = new ArrayList<>();
    for (Mention m : mentions) {
      if (!credits.isCredit(text, m.span().start(), m.span().end()) && !menu[m.sentence()]) {
        names.add(Retyping.retype(text, m));
      }
    }
    List<RoleDescription> roles = findDescriptions(text, sentences, names, language);
    names = trimDescriptions(text, names, roles);
    List<Item> items = new ArrayList<>();
    for (Mention m : names) {
      items.add(new Item(m, null));
    }
    List<Group> groups = new ArrayList<>();
    linkNames(items, groups);
    linkDescriptions(text, sentences, items, roles, groups);
    return build(items, groups);
  }

  private List<RoleDescription> findDescriptions(String text, List<Sentence> sentences, List<Mention> names,
      String language) {
    Map<Integer, List<Mention>> persons = new HashMap<>();
    for (Mention m : names) {
      if (m.type() == EntityType.PER) {
        persons.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
      }
    }
    List<RoleDescription> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (!s.tokens().isEmpty()) {
        out.addAll(descriptions.find(new SentenceView(text, s, language), i, persons.getOrDefault(i, List.of())));
      }
    }
    return out;
  }

  /**
   * Sentences of at most three tokens next to another such sentence: the items of a menu or a
   * list of links, whose names are page furniture.
   */
  private static boolean[] menuLike(List<Sentence> sentences) {
    int n = sentences.size();
    boolean[] shortOnes = new boolean[n];
    for (int i = 0; i < n; i++) {
      shortOnes[i] = sentences.get(i).tokens().size() <= 3;
    }
    boolean[] out = new boolean[n];
    for (int i = 0; i < n; i++) {
      out[i] = shortOnes[i] && (i > 0 && shortOnes[i - 1] || i + 1 < n && shortOnes[i + 1]);
    }
    return out;
  }

  /**
   * A name the tagger ran into a preceding description loses it ("NATO Secretary General Jens
   * Stoltenberg"); a name inside a description's function noun is none ("Etat" in "chef de
   * l'Etat", "Président Russe").
   */
  private static List<Mention> trimDescriptions(String text, List<Mention> names, List<RoleDescription> roles) {
    List<Mention> out = new ArrayList<>(names.size());
    for (Mention m : names) {
      Mention kept = m;
      for (RoleDescription r : roles) {
        Span s = m.span();
        if (s.overlaps(r.function())) {
          kept = null;
          break;
        }
        if (m.type() == EntityType.PER && s.start() >= r.span().start() && s.start() < r.span().end()
            && r.span().end() < s.end()) {
          int start = r.span().end();
          while (start < s.end() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
          }
          Span rest = new Span(start, s.end());
          kept = rest.length() == 0 ? null : new Mention(rest, m.sentence(), m.type(), rest.of(text));
          break;
        }
      }
      if (kept != null) {
        out.add(kept);
      }
    }
    return out;
  }

  private static void linkNames(List<Item> items, List<Group> groups) {
    List<Item> shortForms = new ArrayList<>();
    for (Item it : items) {
      Mention m = it.mention;
      boolean person = m.type() == EntityType.PER;
      List<String> words = NameKeys.phoneticWords(m.text());
      String key = String.join(" ", words);
      String alias = person ? null : Aliases.key(m.text());
      Group g = find(groups, person, key, alias);
      if (g == null && m.type() == EntityType.MISC) {
        g = findPerson(groups, key);
      }
      if (g == null && words.size() == 1 && alias == null) {
        shortForms.add(it);
        continue;
      }
      if (g == null) {
        g = new Group();
        g.person = person;
        g.alias = alias;
        groups.add(g);
      }
      join(g, it, key, words);
    }
    for (Item it : shortForms) {
      String word = NameKeys.phoneticWord(NameKeys.fold(it.mention.text()));
      boolean person = it.mention.type() == EntityType.PER;
      Group g = nearestBearer(items, it, word);
      if (g == null && !person) {
        g = acronymMatch(groups, it.mention.text());
      }
      if (g == null) {
        g = find(groups, person, word, null);
      }
      if (g == null) {
        g = new Group();
        g.person = person;
        groups.add(g);
      }
      join(g, it, word, List.of(word));
    }
  }

  private static void join(Group g, Item it, String key, List<String> words) {
    it.group = g;
    g.keys.add(key);
    g.surfaces.add(it.mention.text());
    if (words.size() > g.words.size()) {
      g.words = words;
    }
  }

  private static Group find(List<Group> groups, boolean person, String key, String alias) {
    for (Group g : groups) {
      if (g.person == person && (g.keys.contains(key) || alias != null && alias.equals(g.alias))) {
        return g;
      }
    }
    return null;
  }

  /** A person whose name is exactly {@code key}: the tagger's MISC "Kim Jong Un" is that person. */
  private static Group findPerson(List<Group> groups, String key) {
    for (Group g : groups) {
      if (g.person && g.keys.contains(key)) {
        return g;
      }
    }
    return null;
  }

  /** A group one of whose names has {@code acronym}'s letters as initials. */
  private static Group acronymMatch(List<Group> groups, String acronym) {
    for (Group g : groups) {
      if (g.person) {
        continue;
      }
      for (String surface : g.surfaces) {
        if (Acronyms.expands(surface, acronym)) {
          return g;
        }
      }
    }
    return null;
  }

  /**
   * The person whose full name starts or ends with {@code word}: the one mentioned last before
   * the item, else the first one after it; null if none.
   */
  private static Group nearestBearer(List<Item> items, Item item, String word) {
    Group before = null;
    Group after = null;
    int at = item.mention.span().start();
    for (Item other : items) {
      Group g = other.group;
      if (g == null || !g.person || g.words.size() < 2) {
        continue;
      }
      if (!g.words.get(0).equals(word) && !g.words.get(g.words.size() - 1).equals(word)) {
        continue;
      }
      if (other.mention.span().start() < at) {
        before = g;
      } else if (after == null) {
        after = g;
      }
    }
    return before != null ? before : after;
  }

  private static void linkDescriptions(String text, List<Sentence> sentences, List<Item> items,
      List<RoleDescription> roles, List<Group> groups) {
    record Taught(String role, Set<String> anchors, Group group) {}
    List<Taught> taught = new ArrayList<>();
    List<Item> pending = new ArrayList<>();
    for (RoleDescription r : roles) {
      Item it = new Item(new Mention(r.span(), r.sentence(), EntityType.PER, r.span().of(text)), r);
      Group target = apposed(sentences.get(r.sentence()), r, items);
      if (target != null) {
        it.group = target;
        items.add(it);
        taught.add(new Taught(r.role(), r.anchors(), target));
      } else if (!r.anchors().isEmpty()) {
        pending.add(it);
      }
    }
    Map<String, Group> described = new HashMap<>();
    for (Item it : pending) {
      Group only = null;
      boolean ambiguous = false;
      for (Taught t : taught) {
        if (it.role.designatesLike(t.role(), t.anchors())) {
          ambiguous |= only != null && only != t.group();
          only = t.group();
        }
      }
      if (only != null && !ambiguous) {
        it.group = only;
      } else {
        it.group = described.computeIfAbsent(it.role.key(), k -> {
          Group g = new Group();
          g.person = true;
          groups.add(g);
          return g;
        });
      }
      items.add(it);
    }
  }

  /** The person group a description stands in apposition to, or null. */
  private static Group apposed(Sentence sentence, RoleDescription r, List<Item> items) {
    int n = sentence.tokens().size();
    Span next = r.end() < n ? sentence.tokens().get(r.end()).span() : null;
    Span afterComma = r.end() + 1 < n && isComma(sentence, r.end()) ? sentence.tokens().get(r.end() + 1).span() : null;
    Span beforeComma = r.first() >= 2 && isComma(sentence, r.first() - 1) && closed(sentence, r.end())
        ? sentence.tokens().get(r.first() - 2).span() : null;
    Group preceding = null;
    for (Item it : items) {
      if (it.description || it.group == null || !it.group.person || it.mention.sentence() != r.sentence()) {
        continue;
      }
      Span s = it.mention.span();
      if (next != null && s.start() == next.start() || afterComma != null && s.start() == afterComma.start()) {
        return it.group;
      }
      if (beforeComma != null && s.end() == beforeComma.end()) {
        preceding = it.group;
      }
    }
    return preceding;
  }

  /**
   * Whether a description after "NAME," ends where an apposition ends (comma, end of sentence, a
   * conjunction or preposition), rather than going on as the subject of a new clause ("According to
   * Ushakov, the Russian leader gave...").
   */
  private static boolean closed(Sentence sentence, int end) {
    if (end >= sentence.tokens().size()) {
      return true;
    }
    String next = sentence.tokens().get(end).text();
    return CLOSERS.contains(next.toLowerCase(Locale.ROOT));
  }

  private static boolean isComma(Sentence sentence, int token) {
    return sentence.tokens().get(token).text().equals(",");
  }

  private static LocalEntities build(List<Item> items, List<Group> groups) {
    items.sort(Comparator.comparing((Item it) -> it.mention.span()));
    Map<Group, Integer> ids = new HashMap<>();
    List<Group> ordered = new ArrayList<>();
    for (Item it : items) {
      if (ids.putIfAbsent(it.group, ordered.size()) == null) {
        ordered.add(it.group);
      }
    }
    List<LinkedMention> linked = new ArrayList<>(items.size());
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      int id = ids.get(it.group);
      linked.add(new LinkedMention(it.mention, it.description, id));
      members.get(id).add(i);
    }
    List<LocalEntity> entities = new ArrayList<>(ordered.size());
    for (int id = 0; id < ordered.size(); id++) {
      entities.add(entity(id, members.get(id), items));
    }
    return new LocalEntities(linked, entities);
  }

  private static LocalEntity entity(int id, List<Integer> members, List<Item> items) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> roles = new LinkedHashSet<>();
    Set<String> roleKeys = new LinkedHashSet<>();
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    String best = null;
    int bestWords = 0;
    for (int i : members) {
      Item it = items.get(i);
      String surface = it.mention.text();
      if (it.description) {
        roles.add(surface);
        roleKeys.add(it.role.key());
        continue;
      }
      names.add(surface);
      votes.merge(it.mention.type(), 1, Integer::sum);
      int words = NameKeys.words(surface).size();
      if (words > bestWords) {
        best = surface;
        bestWords = words;
      }
    }
    EntityType type = EntityType.PER;
    int most = 0;
    for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
      if (e.getValue() > most) {
        type = e.getKey();
        most = e.getValue();
      }
    }
    List<String> variants = new ArrayList<>(names);
    variants.addAll(roles);
    boolean named = best != null;
    return new LocalEntity(id, type, named ? best : roles.iterator().next(), named, variants, members,
        List.copyOf(roles), List.copyOf(roleKeys));
  }
}
