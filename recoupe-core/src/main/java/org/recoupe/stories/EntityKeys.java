package org.recoupe.stories;

import java.util.List;
import org.recoupe.document.Document;

/**
 * Where story features get an article's named entities from: one key per mention, equal keys for
 * the same entity. {@link CapitalisedNames} is the fallback that reads capitalised names from the
 * text; an implementation backed by an entity-linking stage can return canonical ids instead
 * (e.g. {@code "wd:Q7747"}), which also match across languages.
 */
@FunctionalInterface
public interface EntityKeys {
  /** The entity keys of {@code document}'s mentions, in text order (repeats count). */
  List<String> keys(Document document);
}
