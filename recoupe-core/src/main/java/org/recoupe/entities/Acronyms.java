package org.recoupe.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tells an acronym from the initials of a longer name: "OTAN" for "Organisation du traité de l'Atlantique nord". */
final class Acronyms {
  private Acronyms() {}

  private static final Set<String> SKIPPED = Set.of(
      "de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "pour", "sur", "of", "the",
      "and", "for", "on", "in");

  /** Whether {@code word} looks like an acronym: 2 to 8 capital letters, dots allowed ("OTAN", "U.S."). */
  static boolean isAcronym(String word) {
    String letters = word.replace(".", "");
    return letters.length() >= 2 && letters.length() <= 8 && letters.equals(letters.toUpperCase(Locale.ROOT))
        && letters.chars().allMatch(Character::isLetter);
  }

  /**
   * The folded acronyms {@code name} may have: the initials of its words without articles and
   * prepositions, and of all its words; none for a name of fewer than two words.
   */
  static List<String> initials(String name) {
    List<String> words = NameKeys.words(name);
    if (words.size() < 2) {
      return List.of();
    }
    StringBuilder significant = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (String w : words) {
      all.append(w.charAt(0));
      if (!SKIPPED.contains(w)) {
        significant.append(w.charAt(0));
      }
    }
    return significant.length() >= 2 ? List.of(significant.toString(), all.toString()) : List.of(all.toString());
  }

  /** Whether {@code acronym} is made of the initials of {@code name}'s words. */
  static boolean expands(String name, String acronym) {
    return isAcronym(acronym) && initials(name).contains(NameKeys.fold(acronym));
  }
}
