package org.recoupe.contradict;

import java.util.Set;
import org.recoupe.text.Stems;

/** Folding, stemming and the function words of French and English. */
final class Lexicon {
  private Lexicon() {}

  private static final Set<String> FUNCTION_WORDS = setOf(
      // French determiners, pronouns, prepositions, conjunctions
      "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "a", "à", "en", "dans",
      "sur", "sous", "par", "pour", "avec", "sans", "chez", "vers", "entre", "contre", "depuis", "pendant",
      "avant", "apres", "et", "ou", "ni", "mais", "donc", "or", "car", "que", "qu'", "qui", "quoi", "dont",
      "ou", "ce", "c'", "cet", "cette", "ces", "se", "s'", "son", "sa", "ses", "leur", "leurs", "lui", "il",
      "ils", "elle", "elles", "on", "nous", "vous", "je", "j'", "tu", "me", "m'", "te", "t'", "y", "ne", "n'",
      "pas", "plus", "moins", "tres", "si", "aussi", "comme", "tout", "tous", "toute", "toutes", "bien",
      "deja", "encore", "meme", "ainsi", "alors", "selon", "notamment", "egalement", "lors", "afin", "puis",
      "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos", "celui", "celle", "ceux",
      "celles", "cela", "ceci", "ca", "lequel", "laquelle", "lesquels", "auquel", "duquel", "quel", "quelle",
      "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'", "parce", "fait",
      // French auxiliaries and modals
      "est", "sont", "etait", "etaient", "ete", "etre", "sera", "seront", "serait", "seraient", "soit",
      "sont", "fut", "ai", "as", "ont", "avait", "avaient", "avoir", "aura", "auront", "aurait", "auraient",
      "ait", "aient", "eu", "avons", "avez", "sommes", "etes", "peut", "peuvent", "pourrait", "pourraient",
      "doit", "doivent", "devrait", "devraient", "va", "vont", "faut",
      // English
      "the", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "about", "as", "and",
      "or", "but", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "he", "she",
      "they", "them", "his", "her", "their", "we", "our", "you", "your", "i", "is", "are", "was", "were",
      "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
      "should", "may", "might", "must", "not", "no", "n't", "so", "than", "then", "there", "also", "very",
      "according", "said", "says", "since", "after", "before", "while", "during", "over", "under", "all");

  private static final Set<String> AUXILIARIES = setOf(
      "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "soit", "fut", "a", "ai",
      "as", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ait", "aient", "avons", "avez",
      "sommes", "etes", "peut", "peuvent", "pouvait", "pourrait", "pourraient", "doit", "doivent", "devait",
      "devrait", "devraient", "va", "vont", "allait", "semble", "semblent", "faut", "fallait", "etre", "avoir",
      "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would",
      "can", "ca", "could", "should", "may", "might", "must", "wo", "sha");

  private static Set<String> setOf(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** The folded stem of a word in French or English ({@link Stems}). */
  static String stem(String word, boolean english) {
    return Stems.stem(word, english ? "en" : "fr");
  }

  /** Whether the folded form is a determiner, pronoun, preposition, conjunction or auxiliary. */
  static boolean functionWord(String folded) {
    return FUNCTION_WORDS.contains(folded);
  }

  /** Whether the folded form is a form of an auxiliary or modal verb. */
  static boolean auxiliary(String folded) {
    return AUXILIARIES.contains(folded);
  }

  /** Whether the word carries content: a letter word or number that is not a function word. */
  static boolean content(Word w) {
    return (w.isLetter() && w.folded().length() > 1 || w.isNumber()) && !functionWord(w.folded());
  }
}
