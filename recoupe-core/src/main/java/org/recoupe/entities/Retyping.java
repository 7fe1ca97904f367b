package org.recoupe.entities;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoupe.document.Span;

/**
 * Last type fixes before linking: a name behind a personal title ("M. Kim", "Mr Kim") is a person,
 * title left out; a country or body known to {@link Aliases} is a place (countries) or an
 * organisation (bodies, seats of power such as "Kremlin"), whatever the tagger said.
 */
final class Retyping {
  private Retyping() {}

  private static final Pattern TITLE = Pattern.compile(
      "^(?:M\\.|MM\\.|Mme|Mmes|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?)[\\s\\u00a0]+(?=\\p{Lu})");
  private static final Set<EntityType> RETYPABLE = Set.of(EntityType.PER, EntityType.MISC, EntityType.LOC,
      EntityType.ORG);

  static Mention retype(String text, Mention m) {
    Matcher title = TITLE.matcher(m.text());
    if (title.find()) {
      Span rest = new Span(m.span().start() + title.end(), m.span().end());
      return new Mention(rest, m.sentence(), EntityType.PER, rest.of(text));
    }
    String key = Aliases.key(m.text());
    if (key == null || !RETYPABLE.contains(m.type())) {
      return m;
    }
    EntityType type = key.startsWith("country:") ? EntityType.LOC : EntityType.ORG;
    return type == m.type() ? m : new Mention(m.span(), m.sentence(), type, m.text());
  }
}
