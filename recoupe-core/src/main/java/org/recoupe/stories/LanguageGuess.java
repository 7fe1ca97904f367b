package org.recoupe.stories;

import java.util.Set;

/**
 * Picks French or English by counting a few very common function words, for articles whose
 * metadata does not give a language (the language stage does the real detection).
 */
final class LanguageGuess {
  private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "et", "est", "une", "que", "dans", "pour", "qui");
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "by");

  private LanguageGuess() {}

  static String guess(String text) {
    int fr = 0;
    int en = 0;
    int limit = Math.min(text.length(), 4000);
    int i = 0;
    while (i < limit) {
      while (i < limit && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < limit && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= 4) {
        String w = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        if (FRENCH.contains(w)) {
          fr++;
        } else if (ENGLISH.contains(w)) {
          en++;
        }
      }
    }
    return en > fr ? "en" : "fr";
  }
}
