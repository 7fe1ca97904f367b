package org.recoupe.quotes;

import java.util.HashMap;
import java.util.Map;
import org.recoupe.quotes.Features.Gender;

/**
 * The gender an article gives each surname: from a full name whose given name or title tells it
 * ("Ilhan Omar", "la ministre Rachida Dati"), not from pronouns, whose resolution may be wrong. A
 * surname used alone later ("Omar", "Ford") takes that gender rather than the one the word would
 * have as a given name, so that "she" does not skip Ilhan Omar. Not thread-safe: one per article.
 */
final class Surnames {
  private final Map<String, Gender> genders = new HashMap<>();

  /**
   * The features of a mention with the words {@code words}: those given, recording the gender of a
   * full name under its surname; or, for a surname alone that the article has given a gender, that
   * gender.
   */
  Features learn(String words, Features features) {
    if (features.plural() || features.kind() == Features.Kind.GROUP) {
      return features;
    }
    String[] parts = words.trim().split("\\s+");
    String last = parts[parts.length - 1];
    if (!capitalised(last)) {
      return features;
    }
    if (parts.length == 1) {
      Gender known = genders.get(last);
      return known == null ? features : new Features(known, false, Features.Kind.PERSON);
    }
    if (capitalised(parts[parts.length - 2]) && features.gender() != Gender.UNKNOWN) {
      genders.putIfAbsent(last, features.gender());
    }
    return features;
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
