package org.recoupe.contradict;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which words of a passage are under a negation, and which word negates each: French "ne ... pas
 * / plus / jamais / aucun", "n'a pas reconnu" (the auxiliary's participle is negated), "aucun",
 * "jamais", "non"; English "not", "n't", "never", "no". The negated words are the verb after
 * "ne" and the first content word after the closing particle ("il n'y a pas de traces" negates
 * "traces").
 */
final class Negation {
  private Negation() {}

  private static final Set<String> CLITICS = Set.of(
      "le", "la", "les", "l'", "lui", "leur", "y", "en", "se", "s'", "me", "m'", "te", "t'", "nous", "vous");
  private static final Set<String> CLOSERS = Set.of(
      "pas", "plus", "jamais", "guere", "point", "aucunement", "nullement", "rien", "personne", "aucun",
      "aucune", "nul", "nulle");
  private static final Set<String> FRENCH_ALONE = Set.of(
      "jamais", "aucun", "aucune", "aucunement", "nullement", "non", "ni");
  private static final Set<String> ENGLISH = Set.of(
      "not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor");
  private static final int REACH = 4;

  /**
   * For each word, the index of the word that negates it, or -1. The array has one entry per
   * word of {@code words}.
   */
  static int[] cues(List<Word> words, boolean english) {
    int[] cue = new int[words.size()];
    Arrays.fill(cue, -1);
    for (int i = 0; i < words.size(); i++) {
      String f = words.get(i).folded();
      if (english) {
        if (ENGLISH.contains(f)) {
          markNextContent(words, i + 1, i, cue);
        }
      } else if (f.equals("ne") || f.equals("n'")) {
        i = frenchNe(words, i, cue);
      } else if (FRENCH_ALONE.contains(f) && !(f.equals("non") && next(words, i).equals("seulement"))) {
        markNextContent(words, i + 1, i, cue);
      }
    }
    return cue;
  }

  /** Marks the verb after "ne" and the content word after its closing particle; returns the last index read. */
  private static int frenchNe(List<Word> words, int ne, int[] cue) {
    int j = ne + 1;
    while (j < words.size() && CLITICS.contains(words.get(j).folded())) {
      j++;
    }
    if (j >= words.size()) {
      return ne;
    }
    if (!Lexicon.auxiliary(words.get(j).folded()) && words.get(j).isLetter()) {
      cue[j] = ne;
    }
    for (int k = j; k < Math.min(words.size(), j + REACH); k++) {
      if (CLOSERS.contains(words.get(k).folded())) {
        markNextContent(words, k + 1, ne, cue);
        return k;
      }
    }
    if (Lexicon.auxiliary(words.get(j).folded())) {
      markNextContent(words, j + 1, ne, cue);
    }
    return ne;
  }

  private static void markNextContent(List<Word> words, int from, int by, int[] cue) {
    for (int k = from; k < Math.min(words.size(), from + REACH); k++) {
      Word w = words.get(k);
      if (!w.isLetter() && !w.isNumber()) {
        return;
      }
      if (Lexicon.content(w) && !CLOSERS.contains(w.folded())) {
        cue[k] = by;
        return;
      }
    }
  }

  private static String next(List<Word> words, int i) {
    return i + 1 < words.size() ? words.get(i + 1).folded() : "";
  }
}
