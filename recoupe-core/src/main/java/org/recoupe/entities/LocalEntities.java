package org.recoupe.entities;

import java.util.List;
import java.util.Optional;
import org.recoupe.document.Span;

/**
 * The entities of one article ({@link EntityKeys#ENTITIES}): its linked mentions (names and role
 * descriptions, in text order; credits and bylines left out) and the local entities they form.
 * Immutable.
 */
public final class LocalEntities {
  /** No mention, no entity. */
  public static final LocalEntities EMPTY = new LocalEntities(List.of(), List.of());

  private final List<LinkedMention> mentions;
  private final List<LocalEntity> entities;

  /** Wraps linked mentions and the entities they point to. */
  public LocalEntities(List<LinkedMention> mentions, List<LocalEntity> entities) {
    this.mentions = List.copyOf(mentions);
    this.entities = List.copyOf(entities);
  }

  /** The linked mentions, in text order. */
  public List<LinkedMention> mentions() {
    return mentions;
  }

  /** The entities; {@code entities().get(i).id() == i}. */
  public List<LocalEntity> entities() {
    return entities;
  }

  /** The entity of mention {@code index}. */
  public LocalEntity entityOf(int index) {
    return entities.get(mentions.get(index).entity());
  }

  /**
   * The entity a character range of the cleaned text refers to: that of the mention equal to the
   * span, else of the shortest mention containing it, else of the mention inside it that covers
   * most of it (a quote's speaker span "le président russe Vladimir Poutine" gives Poutine).
   */
  public Optional<LocalEntity> entityAt(Span span) {
    LinkedMention best = null;
    for (LinkedMention m : mentions) {
      Span s = m.mention().span();
      if (s.equals(span)) {
        return Optional.of(entities.get(m.entity()));
      }
      if (s.contains(span) && (best == null || !best.mention().span().contains(span)
          || s.length() < best.mention().span().length())) {
        best = m;
      } else if (span.contains(s) && (best == null
          || !best.mention().span().contains(span) && s.length() > best.mention().span().length())) {
        best = m;
      }
    }
    return best == null ? Optional.empty() : Optional.of(entities.get(best.entity()));
  }
}
