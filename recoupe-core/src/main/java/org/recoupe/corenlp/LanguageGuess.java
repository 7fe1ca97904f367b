package org.recoupe.corenlp;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap French-or-English guess for texts whose metadata names no language: counts the most
 * frequent function words of each language in the beginning of the text. Ties go to French.
 */
final class LanguageGuess {
  private static final int SAMPLE_CHARS = 4000;
  private static final Set<String> FRENCH = Set.of(
      "le", "la", "les", "des", "du", "un", "une", "et", "est", "dans", "pour", "que", "qui",
      "sur", "pas", "au", "aux", "avec", "par", "ont", "sont", "été", "il", "elle", "ce", "cette");
  private static final Set<String> ENGLISH = Set.of(
      "the", "of", "and", "to", "in", "is", "that", "for", "was", "with", "on", "as", "by", "are",
      "were", "has", "have", "had", "it", "he", "she", "this", "from", "at", "be", "not");

  private LanguageGuess() {}

  /** French or English, whichever the text's function words point to. */
  static CoreNlpLanguage of(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    int french = 0;
    int english = 0;
    for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (FRENCH.contains(word)) {
        french++;
      } else if (ENGLISH.contains(word)) {
        english++;
      }
    }
    return english > french ? CoreNlpLanguage.ENGLISH : CoreNlpLanguage.FRENCH;
  }
}
