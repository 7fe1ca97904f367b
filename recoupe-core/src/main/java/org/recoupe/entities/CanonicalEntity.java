package org.recoupe.entities;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One real actor, place or thing across a set of articles and languages: "Vladimir Poutine" of a
 * French article and "Vladimir Putin" of an English one are one canonical entity.
 *
 * @param id index in {@link EntityTable#entities()}
 * @param type its type (the one most of its mentions have)
 * @param name the name most of its mentions use in full
 * @param variants every surface form used for it, names then role descriptions
 * @param roles the role descriptions used for it ("le président russe", "the Russian leader")
 * @param mentions per article id, the indexes of its mentions in that article's {@link
 *     LocalEntities#mentions()}
 * @param locals per article id, the ids of the article's {@link LocalEntity} merged into it
 */
public record CanonicalEntity(int id, EntityType type, String name, List<String> variants, List<String> roles,
    Map<String, List<Integer>> mentions, Map<String, List<Integer>> locals) {
  /** Defensive copies (map order kept). */
  public CanonicalEntity {
    variants = List.copyOf(variants);
    roles = List.copyOf(roles);
    mentions = Collections.unmodifiableMap(new LinkedHashMap<>(mentions));
    locals = Collections.unmodifiableMap(new LinkedHashMap<>(locals));
  }

  /** How many mentions it has across all articles. */
  public int mentionCount() {
    return mentions.values().stream().mapToInt(List::size).sum();
  }
}
