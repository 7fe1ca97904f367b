package org.recoupe.entities;

import java.util.List;

/**
 * One actor, place or thing as one article names it: every mention of "Vladimir Poutine", "M.
 * Poutine", "Poutine" and "le président russe" in the article belongs to the same local entity.
 *
 * @param id index of this entity in {@link LocalEntities#entities()}
 * @param type its type
 * @param name its fullest name in the article ("Vladimir Poutine"), or its first description when
 *     the article never names it
 * @param named whether the article names it (false: only described, "le dirigeant nord-coréen")
 * @param variants every distinct surface form, names then descriptions, in order of appearance
 * @param mentions indexes into {@link LocalEntities#mentions()}, in text order
 * @param roles the role descriptions used for it, as written
 * @param roleKeys their keys ({@link RoleDescription#key()}), for matching across articles
 */
public record LocalEntity(int id, EntityType type, String name, boolean named, List<String> variants,
    List<Integer> mentions, List<String> roles, List<String> roleKeys) {
  /** Defensive copies. */
  public LocalEntity {
    variants = List.copyOf(variants);
    mentions = List.copyOf(mentions);
    roles = List.copyOf(roles);
    roleKeys = List.copyOf(roleKeys);
  }
}
