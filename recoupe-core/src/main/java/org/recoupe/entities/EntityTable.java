package org.recoupe.entities;

import java.util.List;
import java.util.Optional;

/**
 * The canonical entities of a set of articles ({@link EntityMerging#merge}), most mentioned first.
 * Immutable.
 */
public record EntityTable(List<CanonicalEntity> entities) {
  /** Defensive copy. */
  public EntityTable {
    entities = List.copyOf(entities);
  }

  /** The canonical entity an article's local entity was merged into. */
  public Optional<CanonicalEntity> of(String article, int localEntity) {
    for (CanonicalEntity e : entities) {
      List<Integer> ids = e.locals().get(article);
      if (ids != null && ids.contains(localEntity)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
