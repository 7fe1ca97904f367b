package org.recoupe.quotes;

import java.util.List;
import java.util.Set;
import org.recoupe.quotes.Features.Kind;

/**
 * A French incise after a quotation whose verb the lexicon does not know, or whose subject stands
 * behind adverbials: "», a justifié Dramdul", "», fait observer Jean Leonetti", "», remarquait
 * d'ailleurs lors de son audition la garde des Sceaux Rachida Dati", "», a indiqué dans la matinée
 * le procureur de la République". French puts the subject after the verb only in an incise, so the
 * verb reports speech whatever it is; the subject must still look like someone (a name, or a noun
 * naming a person or a group), so "», suscite la polémique" is not read as a speaker; and a bare
 * past participle ("», composée par X") describes the quoted words, it does not report them.
 */
final class InvertedIncise extends SentenceReader {
  /** The subject's words [{@code start}, {@code end}) and the verb group's text. */
  record Found(int start, int end, String verb) {}

  private static final int MAX_PHRASE = 8;

  private static final Set<String> NOT_VERBS = Set.of("comme", "voire", "soit", "autre", "autres", "sauf", "puis",
      "donc", "quand", "lorsque", "parce", "afin", "tel", "telle", "tels", "telles", "chaque", "plusieurs",
      "certains", "certaines", "tous", "toutes", "tout", "toute", "rien", "personne", "chacun", "aucun", "aucune",
      "nul", "nulle", "ceux", "celles", "celui", "celle", "cela", "ceci", "elle", "ils", "elles", "nous", "vous",
      "entre", "contre", "vers", "chez", "malgre", "outre", "via", "parmi", "jusque");

  private static final Set<String> PREPOSITIONS = Set.of("a", "au", "aux", "sur", "dans", "lors", "devant", "en",
      "avec", "chez", "depuis", "pendant", "pour", "apres", "avant", "durant", "face", "aupres");

  private static final Set<String> OF = Set.of("de", "du", "des", "d'");

  private static final Set<String> ARTICLES = Set.of("le", "la", "les", "un", "une", "d'un", "d'une", "son", "sa",
      "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "notre", "votre", "nos", "vos");

  InvertedIncise(String text, List<Word> words) {
    super(text, words);
  }

  /** The incise starting at word {@code j}, the first word after the quotation and its comma; or null. */
  Found read(int j) {
    if (j == 0 || !(words.get(j - 1).is(",") || words.get(j - 1).is("—") || words.get(j - 1).is("–"))) {
      return null;
    }
    int v = verbGroupEnd(j);
    if (v < 0) {
      return null;
    }
    int s = skipInsertions(v);
    if (s >= words.size() || !(nameStart(s) || isDeterminer(words.get(s)) || isAbbreviation(words.get(s)))) {
      return null;
    }
    int end = nounPhraseEnd(s);
    if (end <= s || !closes(end) || !someone(s, end)) {
      return null;
    }
    end = apposition(s, end);
    return new Found(s, end, text.substring(words.get(j).span().start(), words.get(v - 1).span().end()));
  }

  /** The index after the verb group starting at {@code j}, or -1 when {@code j} does not start one. */
  private int verbGroupEnd(int j) {
    Word w = words.get(j);
    String f = w.folded();
    if (!w.isWord() || !Character.isLowerCase(w.text().charAt(0)) || ReportingLexicon.hasInvertedClitic(f)) {
      return -1;
    }
    if (ReportingLexicon.isAux(f) && !w.text().equals("à") || f.equals("s'etait") || f.equals("etait")) {
      int k = skipInsertions(j + 1);
      if (k >= words.size() || !words.get(k).isWord() || !participle(words.get(k))) {
        return -1;
      }
      return afterCausative(k);
    }
    if (f.length() < 3 || f.endsWith("ant") || NOT_VERBS.contains(f) || ReportingLexicon.isStopper(f)
        || ReportingLexicon.isSkippable(f) || isDeterminer(w) || POSSESSIVES.contains(f)
        || containsDigit(f) || f.indexOf('\'') >= 0 && !f.startsWith("s'") || pastParticiple(w)) {
      return -1;
    }
    return afterCausative(j);
  }

  /** "fait observer", "fait valoir": the infinitive belongs to the verb group. */
  private int afterCausative(int k) {
    if (words.get(k).is("fait") && k + 1 < words.size() && words.get(k + 1).isWord()
        && words.get(k + 1).folded().matches("[a-z]+(er|ir|re)")) {
      return k + 2;
    }
    return k + 1;
  }

  private static boolean participle(Word w) {
    String t = w.text();
    return Character.isLowerCase(t.charAt(0)) && !w.is("ete") && !w.is("eu") && t.length() > 2
        && (pastParticiple(w) || t.endsWith("it") || ReportingLexicon.isVerb(w.folded()));
  }

  /**
   * Skips what may stand inside an incise: adverbs, days and times, commas, "par exemple", "pour sa
   * part", a single word between commas ("lançait, enflammé, X"), and prepositional phrases ("dans la
   * matinée", "lors de son audition", "sur RTL", "à la presse").
   */
  private int skipInsertions(int from) {
    int k = from;
    int guard = 0;
    while (k < words.size() && guard++ < 20) {
      Word w = words.get(k);
      int phrase = ReportingLexicon.adverbialPhraseAt(words, k);
      if (phrase > 0) {
        k += phrase;
      } else if (w.is(",")) {
        k++;
      } else if (w.isWord() && (ReportingLexicon.isAdverb(w.folded()) && (!isDeterminer(w) || w.folded().startsWith("d'"))
          || ReportingLexicon.isTimeNoun(w.folded()))) {
        k++;
      } else if ((w.is("ce") || w.is("cette") || w.is("la") || w.is("le")) && k + 1 < words.size()
          && ReportingLexicon.isTimeNoun(words.get(k + 1).folded())) {
        k += 2;
      } else if (preposition(w) && k + 1 < words.size()) {
        int end = phraseEnd(k + 1);
        if (end <= k + 1) {
          return k;
        }
        k = end;
      } else if (w.isWord() && k > from && words.get(k - 1).is(",") && k + 1 < words.size()
          && words.get(k + 1).is(",") && Character.isLowerCase(w.text().charAt(0)) && !isDeterminer(w)) {
        k += 2;
      } else {
        return k;
      }
    }
    return k;
  }

  /**
   * The end of a prepositional phrase's object starting at {@code k}: a determiner right after the
   * preposition or "de" belongs to it; a determiner or a capitalised word after a common noun starts
   * the subject, and so does a given name after a capitalised word ("sur France Bleu Paul Girard").
   */
  private int phraseEnd(int k) {
    int i = k;
    boolean afterPreposition = true;
    boolean afterCapital = false;
    while (i < words.size() && i - k < MAX_PHRASE) {
      Word w = words.get(i);
      if (!w.isWord()) {
        break;
      }
      String f = w.folded();
      boolean capital = Character.isUpperCase(w.text().charAt(0));
      if (!afterPreposition && (isDeterminer(w) && !OF.contains(f) && !f.startsWith("d'")
          || capital && !afterCapital || isAbbreviation(w))) {
        break;
      }
      afterPreposition = OF.contains(f) || PREPOSITIONS.contains(f) || ARTICLES.contains(f);
      afterCapital = capital;
      i++;
      if (capital && i < words.size() && words.get(i).isWord() && GivenNames.of(words.get(i)) != null) {
        break;
      }
    }
    return i;
  }

  /** Whether the subject may end at word {@code end}: the sentence, a comma, a relative, a phrase. */
  private boolean closes(int end) {
    if (end >= words.size()) {
      return true;
    }
    Word w = words.get(end);
    if (!w.isWord()) {
      return w.kind() != Word.QUOTE;
    }
    String f = w.folded();
    if (f.equals("a")) {
      return preposition(w) && !(end + 1 < words.size() && words.get(end + 1).isWord()
          && words.get(end + 1).folded().matches("[a-z]+(er|ir|re)"));
    }
    return f.equals("qui") || f.equals("dont") || preposition(w) || f.equals("selon")
        || f.endsWith("ant") && f.length() > 5 || f.equals("cite") || f.equals("citee");
  }

  /**
   * Whether words [{@code s}, {@code end}) name someone: their head, before any complement, holds a
   * name or a noun of a person or a group ("le procureur de la République", not "la polémique entre
   * défenseurs des droits").
   */
  private boolean someone(int s, int end) {
    int head = s + 1;
    while (head < end && !OF.contains(words.get(head).folded()) && !words.get(head).folded().startsWith("d'")
        && !PREPOSITIONS.contains(words.get(head).folded()) && !words.get(head).is("entre")) {
      head++;
    }
    for (int i = s; i < head; i++) {
      String t = words.get(i).text();
      if (nameStart(i) && !isDeterminer(words.get(i))
          || t.length() > 2 && (t.charAt(1) == '\'' || t.charAt(1) == '’') && Character.isUpperCase(t.charAt(2))) {
        return true;
      }
    }
    return Agreement.of(words, s, head).kind() != Kind.UNKNOWN;
  }

  /** A preposition; "a" only written "à", not the auxiliary. */
  private static boolean preposition(Word w) {
    return w.isWord() && PREPOSITIONS.contains(w.folded()) && (!w.is("a") || w.text().equalsIgnoreCase("à"));
  }

  private static boolean containsDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
