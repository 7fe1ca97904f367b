package org.recoupe.brief;

import java.util.List;
import java.util.Map;

/**
 * One actor of a story for the who's who: a person, organisation or place with every name the
 * articles gave it.
 *
 * @param name the fullest name used
 * @param type PER, ORG, LOC or MISC
 * @param variants every surface form, most frequent first
 * @param mentionsPerArticle how many times each article names it
 * @param roles role descriptions used for it ("le président russe"), when known
 */
public record WhoEntry(String name, String type, List<String> variants, Map<String, Integer> mentionsPerArticle,
    List<String> roles) {
  /** Defensive copies. */
  public WhoEntry {
    variants = List.copyOf(variants);
    mentionsPerArticle = Map.copyOf(mentionsPerArticle);
    roles = List.copyOf(roles);
  }

  /** Number of articles that name it. */
  public int articles() {
    return mentionsPerArticle.size();
  }
}
