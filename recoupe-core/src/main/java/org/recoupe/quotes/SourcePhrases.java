package org.recoupe.quotes;

import java.util.List;
import java.util.Set;
import org.recoupe.document.Span;
import org.recoupe.quotes.Speaker.Attribution;

/**
 * Reads the phrases of a sentence that name a source rather than a speaking subject: "selon X",
 * "d'après X", "according to X", "pour X" at the head of a clause (not "Pour autant", "pour sa
 * part"), "comme l'explique X", "à en croire X", "les propos de X", "selon les termes de X" (whose words the quotation is), and the relay
 * after a speaker ("selon Tass", "cité par les agences russes").
 */
final class SourcePhrases extends SentenceReader {

  SourcePhrases(String text, List<Word> words) {
    super(text, words);
  }

  /** Nouns that name someone's words: "les propos de X", "selon l'expression de X", "in the words of X". */
  static final Set<String> FRAME_NOUNS = Set.of("propos", "declarations", "declaration", "termes", "mots",
      "paroles", "formule", "expression", "words", "remarks", "phrase");

  /**
   * "…, selon les termes du maire de Paris", "in the words of X" later in the sentence: whose
   * words the quotation is, which outweighs the subject of the clause around it.
   */
  Frame ownerOfTheWordsLater(int q) {
    for (int i = q + 1; i + 3 < words.size(); i++) {
      Word w = words.get(i);
      if ((w.is("selon") || w.is("d'apres") || w.is("in")) && isDeterminer(words.get(i + 1))
          && FRAME_NOUNS.contains(words.get(i + 2).folded())
          && (words.get(i + 3).is("de") || words.get(i + 3).is("du") || words.get(i + 3).is("of"))) {
        Frame f = source(i, Attribution.ACCORDING_TO);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  /** "Pour autant", "Pour l'instant", "Pour le moment": adverbials, not "pour X" (X's opinion). */
  private static final Set<String> POUR_ADVERBIALS = Set.of("autant", "cela", "ceci", "rappel", "memoire", "l'instant",
      "l'heure", "l'essentiel", "commencer", "finir", "mieux", "preuve", "resumer");

  /** "Pour le moment", "Pour la première fois": the noun after "pour le/la" that makes an adverbial. */
  private static final Set<String> POUR_LE_ADVERBIALS = Set.of("moment", "premiere", "reste", "coup", "second",
      "seconde");

  /**
   * Whether word {@code i} opens a source phrase: "selon", "d'après", "according to", "pour" at the
   * head of a clause, "comme l'explique", "à en croire", "les propos de".
   */
  boolean according(int i) {
    Word w = words.get(i);
    if (w.is("comme")) {
      return commeVerbEnd(i) > 0;
    }
    if (enCroire(i)) {
      return true;
    }
    if (FRAME_NOUNS.contains(w.folded())
        && i + 2 < words.size() && (words.get(i + 1).is("de") || words.get(i + 1).is("du") || words.get(i + 1).is("of"))) {
      return true;
    }
    if (!w.isWord() || !ReportingLexicon.isAccording(w.folded())) {
      return false;
    }
    if (w.is("according")) {
      return i + 1 < words.size() && words.get(i + 1).is("to");
    }
    if (w.is("pour")) {
      boolean clauseStart = i == 0 && Character.isUpperCase(w.text().charAt(0))
          || i > 0 && (words.get(i - 1).is(":") || words.get(i - 1).is(";"))
          || i == 2 && words.get(1).is(",") && ReportingLexicon.isSkippable(words.get(0).folded());
      return clauseStart && i + 1 < words.size() && !ownPart(i + 1) && !adverbialPour(i + 1);
    }
    return true;
  }

  /**
   * "comme l'explique X", "comme le dit X", "comme l'a rappelé X", "as X said": after "comme" at
   * word {@code i}, the index after the reporting verb, or -1.
   */
  private int commeVerbEnd(int i) {
    int j = i + 1;
    if (j >= words.size() || !words.get(j).isWord()) {
      return -1;
    }
    String f = words.get(j).folded();
    if (f.equals("le") || f.equals("l'a") || f.equals("l'avait") || f.equals("l'ont") || f.equals("l'a-t-il")) {
      j = skipAdverbials(j + 1);
    } else if (f.startsWith("l'") && f.length() > 2) {
      return ReportingLexicon.isVerb(stripElision(f)) ? j + 1 : -1;
    } else {
      return -1;
    }
    return j < words.size() && words.get(j).isWord() && ReportingLexicon.isVerb(words.get(j).folded()) ? j + 1 : -1;
  }

  /** "à en croire X": a source phrase starting at word {@code i}. */
  private boolean enCroire(int i) {
    return i + 3 < words.size() && words.get(i).text().equalsIgnoreCase("à") && words.get(i + 1).is("en")
        && words.get(i + 2).is("croire");
  }

  /** Whether the reporting verb at word {@code v} is introduced by "comme" ("comme l'explique X"). */
  int commeBefore(int v) {
    for (int c = v - 1; c >= Math.max(0, v - 4); c--) {
      if (words.get(c).is("comme")) {
        return commeVerbEnd(c) == v + 1 ? c : -1;
      }
    }
    return -1;
  }

  /**
   * "pour sa part", "pour son compte", "pour sa défense": the subject's own part, not a source
   * ("pour son bras droit X" is one).
   */
  private boolean ownPart(int k) {
    return POSSESSIVES.contains(words.get(k).folded()) && k + 1 < words.size()
        && (words.get(k + 1).is("part") || words.get(k + 1).is("compte") || words.get(k + 1).is("propre")
        || words.get(k + 1).is("defense"));
  }

  /** Whether "Pour" followed by word {@code k} is an adverbial ("Pour autant", "Pour le moment"). */
  private boolean adverbialPour(int k) {
    String f = words.get(k).folded();
    if (f.equals("le") || f.equals("la")) {
      return k + 1 < words.size() && POUR_LE_ADVERBIALS.contains(words.get(k + 1).folded());
    }
    return POUR_ADVERBIALS.contains(f);
  }

  /** The source named after the introducer at word {@code i}: a pronoun to resolve, or the naming words. */
  Frame source(int i, Attribution how) {
    int k = words.get(i).is("according") ? i + 2 : i + 1;
    if (words.get(i).is("comme")) {
      k = commeVerbEnd(i);
      if (k < 0) {
        return null;
      }
    } else if (enCroire(i)) {
      k = i + 3;
    } else if (FRAME_NOUNS.contains(words.get(i).folded())) {
      k = i + 2;
    } else if (k + 2 < words.size() && isDeterminer(words.get(k)) && FRAME_NOUNS.contains(words.get(k + 1).folded())
        && (words.get(k + 2).is("de") || words.get(k + 2).is("du") || words.get(k + 2).is("of"))) {
      k = k + 3;
    } else if (k < words.size() && FRAME_NOUNS.contains(stripElision(words.get(k).folded())) && k + 1 < words.size()
        && (words.get(k + 1).is("de") || words.get(k + 1).is("du") || words.get(k + 1).is("of"))) {
      k = k + 2;
    }
    if (k < words.size() && Pronoun.in(words.get(k).folded()) != null) {
      return Frame.pronoun(words.get(k).span(), words.get(k).folded(), words.get(i).text());
    }
    int end = nounPhraseEnd(k);
    if (end <= k) {
      return null;
    }
    return frame(span(k, end), how == Attribution.AFTER_QUOTE ? Attribution.ACCORDING_TO : how,
        words.get(i).text(), null, null, false);
  }

  /** "selon Tass", ", cité par les agences russes" after a speaker. */
  Span via(int from) {
    int k = from;
    if (k < words.size() && words.get(k).is(",")) {
      k++;
    }
    if (k + 1 < words.size() && words.get(k).is("selon")) {
      int end = nounPhraseEnd(k + 1);
      return end > k + 1 ? span(k + 1, end) : null;
    }
    if (k + 2 < words.size() && (words.get(k).folded().startsWith("cite") || words.get(k).is("quoted"))
        && (words.get(k + 1).is("par") || words.get(k + 1).is("by"))) {
      int end = nounPhraseEnd(k + 2);
      return end > k + 2 ? span(k + 2, end) : null;
    }
    return null;
  }
}
