package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names and descriptions of people and groups among a sentence's words, for pronouns to refer
 * back to: a run of capitalised words with an optional title ("M. Poutine", "Ingrid Betancourt",
 * "Le Nouvel Observateur"), or a determiner and a person or group noun ("la jeune femme", "les
 * deux principaux syndicats", "l'agence", "the company", "China's ambassador"), with the name that
 * may follow it ("le ministre Paul Henry"). Names after a preposition of place ("à
 * Paris", "in Beijing") are left out, and so is a lone capitalised word opening the sentence that
 * is neither a given name nor followed by a verb ("Libérée mercredi, ...").
 */
final class Mentions {
  private Mentions() {}

  /** Words {@code [from, to)} of a sentence. */
  record Range(int from, int to) {}

  private static final Set<String> TITLES = Set.of("m", "mme", "mm", "mlle", "mr", "mrs", "ms", "dr", "pr", "me",
      "monsieur", "madame", "sir", "lord", "dame", "lady", "prof", "sen", "gen", "gov", "rep");
  private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d'", "van", "von", "der", "den", "al",
      "el", "bin", "ben", "ibn", "da", "di", "dos", "la", "le");
  private static final Set<String> PLACE = Set.of("a", "en", "au", "aux", "dans", "depuis", "vers", "sur", "pres",
      "in", "at", "from", "to", "near", "into", "across", "outside", "inside");
  private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "un", "une", "des", "son", "sa", "ses",
      "leur", "leurs", "ce", "cet", "cette", "ces", "the", "a", "an", "his", "her", "their", "its", "this",
      "plusieurs", "d'anciens", "d'autres", "certains", "certaines", "nombreux", "many", "several", "some");
  private static final Set<String> MONTHS = Set.of("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
      "aout", "septembre", "octobre", "novembre", "decembre", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december");

  /** The mentions among {@code words}, in order, not overlapping. */
  static List<Range> of(List<Word> words) {
    List<Range> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int end = name(words, i);
      if (end < 0) {
        end = description(words, i);
      }
      if (end > i) {
        out.add(new Range(i, end));
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The end of a name starting at word {@code i}, or -1. */
  static int name(List<Word> words, int i) {
    Word w = words.get(i);
    if (!w.isWord()) {
      return -1;
    }
    int k = i;
    boolean titled = false;
    if (TITLES.contains(w.folded()) && Character.isUpperCase(w.text().charAt(0))) {
      k = i + 1;
      if (k < words.size() && words.get(k).is(".")) {
        k++;
      }
      titled = true;
    } else if (w.folded().startsWith("l'") && w.text().length() > 2 && Character.isUpperCase(w.text().charAt(2))) {
      k = i;
    } else if (!ReportingLexicon.mayStartName(w.text(), w.folded()) || MONTHS.contains(w.folded())
        || ReportingLexicon.isSkippable(w.folded())) {
      return -1;
    }
    int end = k;
    while (end < words.size()) {
      Word e = words.get(end);
      boolean capitalised = e.isWord() && (Character.isUpperCase(e.text().charAt(0))
          || e.text().length() > 2 && e.folded().startsWith("l'") && end == i && Character.isUpperCase(e.text().charAt(2))
          || e.text().length() > 2 && e.folded().startsWith("d'") && end > k && Character.isUpperCase(e.text().charAt(2)));
      if (capitalised && !MONTHS.contains(e.folded()) && (end == k || !ReportingLexicon.isAux(e.folded()))) {
        end++;
      } else if (end > k && e.isWord() && PARTICLES.contains(e.folded()) && end + 1 < words.size()
          && words.get(end + 1).isWord() && Character.isUpperCase(words.get(end + 1).text().charAt(0))) {
        end += 2;
      } else {
        break;
      }
    }
    if (end == k) {
      return -1;
    }
    if (i > 0 && words.get(i - 1).isWord() && PLACE.contains(words.get(i - 1).folded())) {
      return -1;
    }
    if (first(words, i) && !titled && end == i + 1 && GivenNames.of(w) == null
        && (!verbFollows(words, end) || commonNounShape(w.folded()) && end < words.size()
        && (SentenceReader.pastParticiple(words.get(end)) || words.get(end).is(",") && w.folded().endsWith("ment")))) {
      return -1;
    }
    return end;
  }

  /**
   * "Augmentation confirmée en septembre": a French common noun opening a sentence before a
   * participle is not a name ("Libération a publié…", "Libération, dans son édition…" still are).
   */
  static boolean commonNounShape(String f) {
    return f.length() > 6 && (f.endsWith("tion") || f.endsWith("sion") || f.endsWith("ment") || f.endsWith("ite")
        || f.endsWith("ence") || f.endsWith("ance") || f.endsWith("isme") || f.endsWith("ure"));
  }

  /** Whether word {@code i} opens the sentence (only punctuation before it). */
  private static boolean first(List<Word> words, int i) {
    for (int k = 0; k < i; k++) {
      if (words.get(k).isWord() || words.get(k).kind() == Word.QUOTE) {
        return false;
      }
    }
    return true;
  }

  private static boolean verbFollows(List<Word> words, int k) {
    if (k >= words.size() || !words.get(k).isWord()) {
      return k < words.size() && words.get(k).is(",");
    }
    String f = words.get(k).folded();
    if (words.get(k).text().equalsIgnoreCase("à")) {
      return false;
    }
    return ReportingLexicon.isAux(f) || ReportingLexicon.isVerb(f) || SentenceReader.englishPast(words.get(k));
  }

  /** A count that opens a description like a determiner: "534 magistrats", "deux ministres", "300 police officers". */
  private static boolean count(String f) {
    return !f.isEmpty() && f.chars().allMatch(Character::isDigit) || COUNTS.contains(f);
  }

  private static final Set<String> COUNTS = Set.of("deux", "trois", "quatre", "cinq", "six", "dix", "cent", "two",
      "three", "four", "five", "ten", "dozens", "hundreds");

  /** The end of a description starting at word {@code i}, or -1. */
  static int description(List<Word> words, int i) {
    Word w = words.get(i);
    if (!w.isWord()) {
      return -1;
    }
    String f = w.folded();
    int titled = titledName(words, i);
    if (titled > 0) {
      return titled;
    }
    int head = -1;
    if (f.startsWith("l'") && f.length() > 2 && Nouns.of(f.substring(2)) != null) {
      head = i;
    } else if (DETERMINERS.contains(f) && !(f.equals("a") && (frenchParticiple(words, i + 1)
        || !w.text().equalsIgnoreCase("a"))) || possessive(w) || count(f)) {
      for (int k = i + 1; k < Math.min(words.size(), i + 5); k++) {
        Word n = words.get(k);
        if (!n.isWord() || ReportingLexicon.isAux(n.folded()) || ReportingLexicon.isStopper(n.folded())
            && !n.is("premier") || n.verb() && Nouns.of(n.folded()) == null) {
          break;
        }
        if (Nouns.of(n.folded()) != null && Character.isLowerCase(n.text().charAt(0))) {
          head = k;
        } else if (head >= 0) {
          break;
        }
      }
    }
    if (head < 0) {
      return -1;
    }
    int end = head + 1;
    while (end < words.size() && end < head + 3 && words.get(end).isWord()
        && Character.isLowerCase(words.get(end).text().charAt(0)) && adjective(words.get(end).folded())) {
      end++;
    }
    int named = end < words.size() ? name(words, end) : -1;
    return named > end ? named : complement(words, end);
  }

  /** "China's", "Britain’s": a capitalised possessive, which determines the noun after it. */
  private static boolean possessive(Word w) {
    String t = w.text();
    return Character.isUpperCase(t.charAt(0)) && (t.endsWith("'s") || t.endsWith("’s")) && t.length() > 3;
  }

  /**
   * English titles before a name, without determiner: "Labour leader Keir Starmer", "High school
   * math teacher Angela Cooper", "Chief Constable Mark Hughes": up to four modifiers, a person noun,
   * then a name; the end of the name, or -1.
   */
  private static int titledName(List<Word> words, int i) {
    Word w = words.get(i);
    if (!Character.isUpperCase(w.text().charAt(0)) || DETERMINERS.contains(w.folded()) || TITLES.contains(w.folded())) {
      return -1;
    }
    for (int k = i; k < Math.min(words.size() - 1, i + 5); k++) {
      Word n = words.get(k);
      if (!n.isWord() || ReportingLexicon.isStopper(n.folded()) || n.verb()) {
        return -1;
      }
      Features noun = Nouns.of(n.folded());
      if (noun != null && noun.kind() == Features.Kind.PERSON && GivenNames.of(n) == null) {
        int end = name(words, k + 1);
        return end > k + 1 ? end : -1;
      }
    }
    return -1;
  }

  /** "a rencontré": the French auxiliary, not the English article. */
  private static boolean frenchParticiple(List<Word> words, int k) {
    if (k >= words.size()) {
      return false;
    }
    String t = words.get(k).text();
    return t.endsWith("é") || t.endsWith("ée") || t.endsWith("és") || t.endsWith("ées") || t.endsWith("u")
        || t.endsWith("it") || words.get(k).verb()
        || ReportingLexicon.isSkippable(words.get(k).folded());
  }

  /** "de l'Elysée", "du PS", "d'Edouard Philippe", "of State": a capitalised complement joins the description. */
  private static int complement(List<Word> words, int end) {
    if (end >= words.size()) {
      return end;
    }
    Word w = words.get(end);
    int k = end;
    if (w.is("de") || w.is("du") || w.is("des") || w.is("of")) {
      k++;
      if (k < words.size() && (words.get(k).is("la") || words.get(k).is("the"))) {
        k++;
      }
    } else if (!(w.folded().startsWith("d'") || w.folded().startsWith("l'"))) {
      return end;
    }
    int n = k < words.size() ? name(words, k) : -1;
    return n > k ? n : end;
  }

  /** A lower-case word after a noun that reads as its adjective ("russe", "américaine", "principal"). */
  private static boolean adjective(String f) {
    return !ReportingLexicon.isVerb(f) && !ReportingLexicon.isStopper(f) && !ReportingLexicon.isSkippable(f)
        && (f.endsWith("ais") || f.endsWith("aise") || f.endsWith("ain") || f.endsWith("aine") || f.endsWith("ien")
        || f.endsWith("ienne") || f.endsWith("al") || f.endsWith("ale") || f.endsWith("aux") || f.endsWith("ique")
        || f.endsWith("iste") || f.endsWith("ois") || f.endsWith("oise") || f.endsWith("if") || f.endsWith("ive")
        || f.endsWith("een") || f.endsWith("eenne") || f.contains("-") || f.endsWith("se"));
  }
}
