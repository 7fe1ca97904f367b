package org.recoupe.contradict;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which words of a passage are under a negation, and which word negates each: French "ne ... pas
 * / plus / jamais / aucun", "n'a pas reconnu" (the auxiliary's participle is negated), "aucun",
 * "jamais", "non"; English "not", "n't", "never", "no". The negated words are the verb after
 * "ne" and the content words after the closing particle up to the end of the clause ("il n'y a
 * pas de traces d'explosion" negates "traces" and "explosion"); "ne ... que" means "only" and
 * negates nothing; in "aucun média n'a ...", "aucun" leaves the subject to its "ne".
 */
final class Negation {
  private Negation() {}

  private static final Set<String> CLITICS = Set.of(
      "le", "la", "les", "l'", "lui", "leur", "y", "en", "se", "s'", "me", "m'", "te", "t'", "nous", "vous");
  private static final Set<String> CLOSERS = Set.of(
      "pas", "plus", "jamais", "guere", "point", "aucunement", "nullement", "rien", "personne", "aucun",
      "aucune", "nul", "nulle");
  private static final Set<String> FRENCH_ALONE = Set.of(
      "jamais", "aucun", "aucune", "aucunement", "nullement", "ni");
  private static final Set<String> ENGLISH = Set.of(
      "not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor");
  private static final Set<String> BOUNDARIES = Set.of(
      "mais", "et", "ou", "qui", "que", "qu'", "car", "puisque", "parce", "lorsque", "lorsqu'", "alors",
      "tandis", "si", "but", "and", "or", "which", "who", "that", "because", "while", "when", "whereas");
  private static final int REACH = 4;
  private static final int SCOPE = 6;
  private static final int SUBJECT_REACH = 12;

  /**
   * For each word, the index of the word that negates it when the word is the head of the negated
   * predicate (the verb after "ne", the first content word after the closing particle), {@code
   * -2 - index} when the word is only inside the negated clause, or -1. One entry per word.
   */
  static int[] cues(List<Word> words, boolean english) {
    int[] cue = new int[words.size()];
    Arrays.fill(cue, -1);
    boolean closedBefore = false;
    for (int i = 0; i < words.size(); i++) {
      String f = words.get(i).folded();
      if (english) {
        if (ENGLISH.contains(f)) {
          markClause(words, i + 1, i, cue);
        }
      } else if (f.equals("ne") || f.equals("n'")) {
        i = frenchNe(words, i, cue, closedBefore);
        closedBefore = false;
      } else if (f.equals("non")) {
        int k = next(words, i).equals("pas") ? i + 2 : i + 1;
        if (k < words.size() && Lexicon.content(words.get(k)) && !words.get(k).capitalised()) {
          cue[k] = i;
        }
      } else if (FRENCH_ALONE.contains(f)) {
        if (subject(words, i)) {
          closedBefore = true;
        } else {
          markClause(words, i + 1, i, cue);
        }
      }
    }
    return cue;
  }

  /**
   * Marks the verb after "ne" and the content words after its closing particle up to the end of
   * the clause; when the particle came first ("aucun média n'a fait état"), the clause after "ne".
   * "ne ... que" (only) and a "ne" with no particle negate nothing. Returns the last index read.
   */
  private static int frenchNe(List<Word> words, int ne, int[] cue, boolean closedBefore) {
    int j = ne + 1;
    while (j < words.size() && CLITICS.contains(words.get(j).folded())) {
      j++;
    }
    if (closedBefore) {
      markClause(words, j, ne, cue);
      return ne;
    }
    for (int k = j; k < Math.min(words.size(), j + REACH); k++) {
      String f = words.get(k).folded();
      if (f.equals("que") || f.equals("qu'") || !words.get(k).isLetter()) {
        return ne;
      }
      if (CLOSERS.contains(f)) {
        if (!Lexicon.auxiliary(words.get(j).folded())) {
          cue[j] = ne;
        }
        markClause(words, k + 1, ne, cue);
        return k;
      }
    }
    return ne;
  }

  /**
   * Marks the first content word from {@code from} as the head and the following content words
   * to the end of the clause (at most {@link #SCOPE} words) as in scope.
   */
  private static void markClause(List<Word> words, int from, int by, int[] cue) {
    boolean head = true;
    for (int k = from; k < Math.min(words.size(), from + SCOPE); k++) {
      Word w = words.get(k);
      if (!w.isLetter() && !w.isNumber() || BOUNDARIES.contains(w.folded())) {
        return;
      }
      if (Lexicon.content(w) && !CLOSERS.contains(w.folded())) {
        cue[k] = head ? by : -2 - by;
        head = false;
      }
    }
  }

  /**
   * Whether "aucun" or "ni" at {@code i} opens a subject ("aucun média n'a ...", "ni X ni Y ne
   * ..."): the later "ne" does the negating.
   */
  private static boolean subject(List<Word> words, int i) {
    for (int k = i + 1; k < Math.min(words.size(), i + 1 + SUBJECT_REACH); k++) {
      if (words.get(k).is("ne") || words.get(k).is("n'")) {
        return true;
      }
    }
    return false;
  }

  private static String next(List<Word> words, int i) {
    return i + 1 < words.size() ? words.get(i + 1).folded() : "";
  }
}
