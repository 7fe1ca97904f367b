package org.recoupe.claims;

import java.util.List;
import org.recoupe.document.Span;

/**
 * A participant or circumstance of a claim as the sentence words it: the actor, the object, the
 * place, the reason, the means.
 *
 * @param text the words, as written
 * @param span where they are in the article's cleaned text
 * @param entities the entities they name: ids of the article's local entities as extracted; after
 *     {@link Claim#resolve}, ids of the story's canonical entities
 * @param names the names of those entities, in the same order
 */
public record Argument(String text, Span span, List<Integer> entities, List<String> names) {
  /** Defensive copies. */
  public Argument {
    entities = List.copyOf(entities);
    names = List.copyOf(names);
  }

  /** An argument that names no entity. */
  public static Argument of(String text, Span span) {
    return new Argument(text, span, List.of(), List.of());
  }
}
