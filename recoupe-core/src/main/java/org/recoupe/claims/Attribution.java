package org.recoupe.claims;

import java.util.List;
import org.recoupe.document.Span;

/**
 * Who a sentence says a claim comes from: the outlet itself, a wire agency, or a reported source
 * ("selon les Occidentaux", "US officials said", "a affirmé que").
 *
 * @param kind which of the three
 * @param name who: the outlet's or agency's name, or the source's words ("les agences de presse
 *     russes", "Les responsables américains"); {@code null} for an outlet whose name is unknown
 * @param span where the source is named in the article's text, or {@code null} for the outlet and
 *     for an agency credited only in the metadata
 * @param cue the words that attribute ("selon", "a affirmé", "said", "(AFP)"), or {@code null}
 * @param entities the entities the source names (as in {@link Argument#entities()})
 * @param names their names, in the same order
 */
public record Attribution(Kind kind, String name, Span span, String cue, List<Integer> entities, List<String> names) {
  /** Defensive copies. */
  public Attribution {
    entities = List.copyOf(entities);
    names = List.copyOf(names);
  }

  /** The kinds of attribution. */
  public enum Kind {
    /** The article states it in its own voice. */
    OUTLET,
    /** A wire agency: credited by the article ("Le Monde avec AFP", "(AFP)") or named as the source. */
    AGENCY,
    /** A person, body or group the article reports it from. */
    SOURCE
  }

  /** The outlet's own voice. */
  public static Attribution outlet(String outlet) {
    return new Attribution(Kind.OUTLET, outlet, null, null, List.of(), List.of());
  }
}
