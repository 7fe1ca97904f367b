package org.recoupe.entities;

import java.util.List;
import org.recoupe.document.Key;

/** The annotation keys of the entities capability. */
public final class EntityKeys {
  private EntityKeys() {}

  /** Named-entity mentions of {@link org.recoupe.document.Keys#TEXT}, in text order. */
  public static final Key<List<Mention>> MENTIONS = Key.generic("mentions", List.class);

  /** The article's entities: names and role descriptions linked within the article. */
  public static final Key<LocalEntities> ENTITIES = Key.of("entities", LocalEntities.class);
}
