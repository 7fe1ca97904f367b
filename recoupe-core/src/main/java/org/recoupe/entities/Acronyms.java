package org.recoupe.entities;

import java.util.Locale;
import java.util.Set;

/** Tells an acronym from the initials of a longer name: "OTAN" for "Organisation du traité de l'Atlantique nord". */
final class Acronyms {
  private Acronyms() {}

  private static final Set<String> SKIPPED = Set.of(
      "de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "pour", "sur", "of", "the",
      "and", "for", "on", "in");

  /** Whether {@code acronym} (2 to 8 capitals, dots allowed) is made of the initials of {@code name}'s words. */
  static boolean expands(String name, String acronym) {
    String letters = acronym.replace(".", "");
    if (letters.length() < 2 || letters.length() > 8 || !letters.equals(letters.toUpperCase(Locale.ROOT))
        || !letters.chars().allMatch(Character::isLetter)) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (String w : NameKeys.words(name)) {
      all.append(w.charAt(0));
      if (!SKIPPED.contains(w)) {
        initials.append(w.charAt(0));
      }
    }
    String target = NameKeys.fold(letters);
    return initials.length() >= 2 && (initials.toString().equals(target) || all.toString().equals(target));
  }
}
