package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.recoupe.document.Span;
import org.recoupe.quotes.Speaker.Attribution;

/**
 * Reads the words of one sentence as attribution needs them: noun phrases, subjects (before a
 * verb, at the head of the sentence, of each clause), verbs told from nouns and participles,
 * detached clauses, and the features of the words naming someone. Quotations count as one word.
 */
class SentenceReader {
  final List<Word> words;
  final String text;

  SentenceReader(String text, List<Word> words) {
    this.text = text;
    this.words = words;
  }

  /** Whether word {@code k} may start a name. */
  boolean nameStart(int k) {
    return ReportingLexicon.mayStartName(words.get(k).text(), words.get(k).folded());
  }

  /** "Ce qui…", "Cela": words that never name a speaker, whose verb's subject is implied. */
  private static final Set<String> DEMONSTRATIVE_PRONOUNS = Set.of("ce", "cela", "ceci", "ca", "c'", "this",
      "that", "it");

  /** A frame naming {@code speaker}; the features of the naming words are read from the words. */
  Frame frame(Span speaker, Attribution how, String verb, Span via, Pronoun pronoun, boolean inherit) {
    if (speaker != null && DEMONSTRATIVE_PRONOUNS.contains(ReportingLexicon.fold(speaker.of(text)))) {
      return new Frame(null, how, verb, via, null, true, Features.UNKNOWN);
    }
    Features f = speaker != null && pronoun == null ? featuresOf(speaker) : Features.UNKNOWN;
    return new Frame(speaker, how, verb, via, pronoun, inherit, f);
  }

  /** The features of the words covering {@code span} (a run of this sentence's words). */
  Features featuresOf(Span span) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < words.size(); i++) {
      if (from < 0 && words.get(i).span().start() >= span.start()) {
        from = i;
      }
      if (words.get(i).span().end() <= span.end()) {
        to = i + 1;
      }
    }
    return from < 0 || to <= from ? Features.UNKNOWN : Agreement.of(words, from, to);
  }


  boolean startsWithName(Span subject) {
    int i = indexAt(subject.start());
    if (i >= 0) {
      return nameStart(i);
    }
    String t = subject.of(text);
    int end = 0;
    while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && !Character.isSpaceChar(t.charAt(end))) {
      end++;
    }
    return ReportingLexicon.mayStartName(t.substring(0, end));
  }

  /** Whether the words name a person or a group: a name, or a person or group noun. */
  boolean namesSomeone(Span subject, Features f) {
    if (f.kind() != Features.Kind.UNKNOWN) {
      return true;
    }
    int first = indexAt(subject.start());
    return first >= 0 && Mentions.name(words, first) > first;
  }

  int indexAt(int offset) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).span().start() >= offset) {
        return words.get(i).span().start() == offset ? i : -1;
      }
    }
    return -1;
  }

  /** "il y a", "il faut", "il s'agit", "il est possible de", "it is": a pronoun standing for nobody. */
  boolean impersonal(Span pronoun) {
    int i = indexAt(pronoun.start());
    if (i < 0 || i + 1 >= words.size() || !(words.get(i).is("il") || words.get(i).is("it"))) {
      return false;
    }
    String next = words.get(i + 1).folded();
    if (IMPERSONAL.contains(next) || (next.equals("ne") || next.equals("a")) && i + 2 < words.size()
        && IMPERSONAL.contains(words.get(i + 2).folded())) {
      return true;
    }
    boolean be = next.equals("est") || next.equals("etait") || next.equals("sera") || next.equals("serait")
        || next.equals("is") || next.equals("was");
    return be && i + 3 < words.size() && (words.get(i + 3).is("de") || words.get(i + 3).is("que")
        || words.get(i + 3).folded().startsWith("d'") || words.get(i + 3).folded().startsWith("qu'")
        || words.get(i + 3).is("to") || words.get(i + 3).is("that"));
  }

  static final Set<String> IMPERSONAL = Set.of("y", "n'y", "faut", "fallait", "faudra", "faudrait",
      "s'agit", "s'agissait", "semble", "semblait", "parait", "reste", "restait", "manque", "existe", "suffit",
      "vaut", "valait", "s'est", "fallu", "pleut", "arrive", "convient", "importe", "seems", "appears");

  /** Whether {@code subject} opens a clause reported by an earlier verb ("a affirmé que le ministre"). */
  boolean completive(Span subject) {
    int first = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).span().start() >= subject.start()) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return false;
    }
    String f = words.get(first).folded();
    boolean that = f.startsWith("qu'") && Pronoun.in(f) != null
        || first > 0 && (words.get(first - 1).is("que") || words.get(first - 1).is("qu'")
        || words.get(first - 1).is("that"));
    if (!that) {
      return false;
    }
    for (int i = 0; i < first; i++) {
      if (words.get(i).isWord() && words.get(i).verb()) {
        return true;
      }
    }
    return false;
  }

  /** "conclu", "déclarée", "averti": a French past participle (present tenses end otherwise). */
  static boolean pastParticiple(Word w) {
    String t = w.text();
    return t.endsWith("é") || t.endsWith("ée") || t.endsWith("és") || t.endsWith("ées") || t.endsWith("u")
        || t.endsWith("ue") || t.endsWith("us") || t.endsWith("i") || t.endsWith("is") && !t.endsWith("ais");
  }

  /** Whether word {@code i} is a verb marker, not a noun after its determiner ("la garde"). */
  boolean verbAt(int i) {
    Word w = words.get(i);
    if (i > 0 && (w.is("ne") || w.folded().startsWith("n'")) && (words.get(i - 1).is("de")
        || words.get(i - 1).is("pour") || words.get(i - 1).is("sans"))) {
      return false;
    }
    return w.isWord() && verbMarker(w) && !w.text().equalsIgnoreCase("à") && !afterDeterminer(i)
        && !(pastParticiple(w) && (i == 0 || !words.get(i - 1).isWord() || !verbMarker(words.get(i - 1))));
  }

  /** A lower-case English past form after a name ("Hale visited…"): a clause, whatever the verb. */
  static boolean englishPast(Word w) {
    String t = w.text();
    return t.length() > 4 && t.endsWith("ed") && Character.isLowerCase(t.charAt(0)) && t.chars().allMatch(c -> c < 128);
  }

  /** An auxiliary, a reporting verb or a reflexive verb ("s'inquiète"): the end of a subject. */
  static boolean verbMarker(Word w) {
    String folded = w.folded();
    if (ReportingLexicon.hasInvertedClitic(folded)) {
      return false;
    }
    return ReportingLexicon.isAux(folded) || w.verb() && !folded.endsWith("ant")
        && !ReportingLexicon.isInfinitive(folded)
        || folded.startsWith("s'") && folded.length() > 3 && Pronoun.in(folded) == null
        || folded.equals("ne") || folded.startsWith("n'");
  }

  /** The mentions of people and groups among the sentence's words, outside its quotations. */
  List<Mentions.Range> mentions() {
    return Mentions.of(words);
  }

  /** The words of mention {@code r}. */
  Span spanOf(Mentions.Range r) {
    return span(r.from(), r.to());
  }

  /**
   * Whether mention {@code r} is a topic set out before its clause ("Quant à Luc Chatel, il …",
   * "As for Lisa Brown, she …"), which the clause's pronoun takes up as it would a subject; up to
   * two capitalised words may stand between the marker and the mention.
   */
  boolean topic(Mentions.Range r) {
    int k = r.from() - 1;
    for (int skipped = 0; k >= 0 && skipped < 2 && words.get(k).isWord()
        && Character.isUpperCase(words.get(k).text().charAt(0)); skipped++) {
      k--;
    }
    if (k < 1) {
      return false;
    }
    Word marker = words.get(k - 1);
    Word next = words.get(k);
    return marker.is("quant") && (next.is("a") || next.is("au") || next.is("aux"))
        || marker.is("as") && next.is("for");
  }

  /** The features of mention {@code r}. */
  Features featuresOf(Mentions.Range r) {
    return Agreement.of(words, r.from(), r.to());
  }

  /** Skips adverbs, time words and a comma-enclosed time phrase after a verb. */
  int skipAdverbials(int from) {
    int k = from;
    while (k < words.size()) {
      Word w = words.get(k);
      if (w.isWord() && ReportingLexicon.isAdverb(w.folded())) {
        k++;
      } else if (w.is("en") && k + 1 < words.size() && ReportingLexicon.isMannerNoun(words.get(k + 1).folded())) {
        k += 2;
      } else if (w.is("quant") && k + 2 < words.size() && words.get(k + 1).is("a")
          && Pronoun.in(words.get(k + 2).folded()) != null) {
        k += 3;
      } else if ((w.is("la") || w.is("ce") || w.is("cette") || w.is("le")) && k + 1 < words.size()
          && ReportingLexicon.isTimeNoun(words.get(k + 1).folded())) {
        k += 2;
      } else if (w.is(",")) {
        int next = k + 1;
        int close = next;
        while (close < words.size() && !words.get(close).is(",") && close - next < 5) {
          close++;
        }
        if (close < words.size() && words.get(close).is(",") && close > next && allSkippable(next, close)) {
          k = close + 1;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return k;
  }

  boolean allWords(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!words.get(i).isWord()) {
        return false;
      }
    }
    return true;
  }

  boolean allSkippable(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!words.get(i).isWord() || !ReportingLexicon.isSkippable(words.get(i).folded())) {
        return false;
      }
    }
    return true;
  }

  /** "son patron, Patrick Werner": a common-noun phrase followed by a name takes the name too. */
  int apposition(int start, int end) {
    Word first = words.get(start);
    if (end + 1 < words.size() && words.get(end).is(",") && !Character.isUpperCase(first.text().charAt(0))
        && nameStart(end + 1)) {
      int second = nounPhraseEnd(end + 1);
      if (second > end + 1) {
        return second;
      }
    }
    return end;
  }

  /** The index of the first auxiliary, reporting or reflexive verb before word {@code limit}, or -1. */
  int firstVerbMarker(int limit) {
    for (int i = 1; i < limit; i++) {
      if (verbAt(i)) {
        return i;
      }
      if (words.get(i).kind() == Word.QUOTE) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The subject of a clause whose verb is unknown: the first comma-separated piece before word
   * {@code limit} that opens on a name, a description or a pronoun, read up to its noun ("Posée à
   * la cafétéria, la jeune femme s'inquiète… :" → "la jeune femme"); a description followed by a
   * name in apposition gives the name ("La rectrice, Anne Morel, a présenté…").
   */
  Span leadingSubject(int limit) {
    int start = 0;
    int pieces = 0;
    int last = Math.min(limit, words.size());
    boolean afterPhrase = false;
    for (int i = 0; i <= last; i++) {
      if (i == last || words.get(i).is(",") || words.get(i).is("—") || words.get(i).is(";")
          || words.get(i).kind() == Word.QUOTE) {
        int from = afterConjunction(start, i);
        boolean comma = i < words.size() && words.get(i).is(",");
        boolean apposed = afterPhrase && from == start && comma && Mentions.name(words, from) == i;
        afterPhrase = from < i && startsWithPreposition(from) && comma;
        if (from < i && !startsWithPreposition(from) && !isRelative(from) && !startsWithParticiple(from)
            && !startsWithSubordinate(from) && !allSkippable(from, i) && !timeAdverbial(from) && !apposed
            && !words.get(from).folded().endsWith("ant")) {
          Word w = words.get(from);
          if (Pronoun.in(w.folded()) != null) {
            return span(from, from + 1);
          }
          int end = Mentions.name(words, from);
          if (end < 0) {
            end = Mentions.description(words, from);
          }
          if (end < 0 && ReportingLexicon.mayStartName(w.text(), w.folded())) {
            end = nounPhraseEnd(from);
            end = end < i && words.get(end).isWord() && (verbMarker(words.get(end)) || englishPast(words.get(end)))
                ? end : -1;
          }
          if (end >= i && i + 1 < words.size() && words.get(i).is(",") && Mentions.name(words, i + 1) > i + 1) {
            int named = Mentions.name(words, i + 1);
            if (named < words.size() && words.get(named).is(",")) {
              return span(i + 1, named);
            }
          }
          if (end > from) {
            return span(from, Math.min(end, i));
          }
          if (++pieces == 3) {
            return null;
          }
        }
        start = i + 1;
      }
    }
    return null;
  }

  /** What follows a detached participle: a preposition ("Irrités par", "Posée à", "Interrogé sur"). */
  static final Set<String> AFTER_PARTICIPLE = Set.of("par", "a", "au", "aux", "de", "du", "des", "en", "dans",
      "sur", "pour", "avec", "lors", "depuis", "apres", "devant", "sous", "chez", "vers", "by", "in", "at", "on", "with");

  int firstWordIndex() {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).isWord()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The subject before word {@code g}: the antecedent of a relative "qui"/"who" ("Anne Roy, qui
   * a dit", "a career Army officer who described"), else the comma-separated piece that names
   * someone.
   */
  Span subject(int g) {
    if (g > 1 && (words.get(g - 1).is("en") || words.get(g - 1).is("y")) && ReportingLexicon.isAux(words.get(g).folded())
        && words.get(g - 2).is(",")) {
      g--;
    }
    if (g >= 2 && (words.get(g - 1).is("qui") || words.get(g - 1).is("who"))) {
      int end = g >= 3 && words.get(g - 2).is(",") ? g - 2 : g - 1;
      int start = end;
      while (start > 0 && words.get(start - 1).isWord() && Character.isUpperCase(words.get(start - 1).text().charAt(0))) {
        start--;
      }
      Features head = start > 1 ? Nouns.of(words.get(start - 2).folded()) : null;
      boolean complement = head != null && head.kind() != Features.Kind.UNKNOWN && (words.get(start - 1).is("de")
          || words.get(start - 1).is("du") || words.get(start - 1).is("des") || words.get(start - 1).is("of"));
      if (start < end && !complement) {
        return span(start, end);
      }
      for (int k = end - 1; k >= Math.max(0, end - 6) && words.get(k).isWord(); k--) {
        Word w = words.get(k);
        boolean contracted = w.is("du") || w.is("des") || w.is("au") || w.is("aux") || w.is("of")
            || w.folded().startsWith("d'");
        if (isDeterminer(w) && !contracted && k < end - 1) {
          return span(k, end);
        }
        if (w.verb() || ReportingLexicon.isAux(w.folded()) || englishPast(w)) {
          break;
        }
      }
    }
    List<int[]> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= g; i++) {
      if (i == g || words.get(i).is(",") || words.get(i).kind() == Word.QUOTE || words.get(i).is(":")
          || words.get(i).is(";")) {
        if (i > start) {
          pieces.add(new int[] {start, i});
        }
        start = i + 1;
      }
    }
    for (int i = pieces.size() - 1; i >= 0; i--) {
      int[] p = pieces.get(i);
      p[0] = afterSubordinator(afterConjunction(p[0], p[1]), p[1]);
      if (p[0] + 1 < p[1] && introducesClause(words.get(p[0]))) {
        p[0]++;
      }
      if (p[0] >= p[1] || allSkippable(p[0], p[1]) || startsWithPreposition(p[0]) || isRelative(p[0])
          || startsWithVerb(p[0]) || startsWithParticiple(p[0])) {
        continue;
      }
      if (p[1] - p[0] == 1 && ReportingLexicon.isPronoun(words.get(p[0]).folded())) {
        if (i > 0 && pieces.get(i - 1)[1] == p[0] - 1 && (i < 2 || !startsWithPreposition(pieces.get(i - 2)[0]))) {
          int[] d = pieces.get(i - 1);
          int from = d[0];
          if (words.get(from).is("quant") && from + 2 < d[1]) {
            from += words.get(from + 1).is("a") && words.get(from + 2).is("la") ? 3 : 2;
          }
          int end = Mentions.name(words, from);
          if (end < 0 && from > d[0]) {
            end = nounPhraseEnd(from);
          }
          if (end == d[1]) {
            return span(from, end);
          }
        }
        return span(p[0], p[1]);
      }
      if (isDeterminer(words.get(p[0])) && i > 0 && pieces.get(i - 1)[1] == p[0] - 1) {
        int[] named = pieces.get(i - 1);
        if (Mentions.name(words, named[0]) == named[1]) {
          return span(named[0], named[1]);
        }
      }
      Pronoun opening = Pronoun.in(words.get(p[0]).folded());
      if (opening != null && !opening.lastMentioned() && !opening.neuter() && p[1] - p[0] > 1) {
        return span(p[0], p[0] + 1);
      }
      boolean incidental = !Character.isUpperCase(words.get(p[0]).text().charAt(0))
          && !isDeterminer(words.get(p[0]));
      if (incidental && i > 0 && i == pieces.size() - 1) {
        for (int k = i - 1; k >= 0; k--) {
          int[] before = pieces.get(k);
          int b0 = afterSubordinator(afterConjunction(before[0], before[1]), before[1]);
          if (b0 >= before[1] || isRelative(b0)) {
            continue;
          }
          if (!allSkippable(b0, before[1]) && !startsWithPreposition(b0) && before[1] - b0 <= 8 && !timeAdverbial(b0)) {
            return span(b0, before[1]);
          }
          break;
        }
      }
      boolean headingNoun = p[1] - p[0] == 1 && p[0] == 0 && Mentions.commonNounShape(words.get(p[0]).folded());
      return p[1] - p[0] <= 12 && !headingNoun ? span(p[0], p[1]) : null;
    }
    return null;
  }

  /**
   * A piece opening on a capitalised participle or adjective ("Irrités par…", "Posée à…",
   * "Libérée mercredi…") is a detached clause about the subject, not the subject.
   */
  boolean startsWithParticiple(int i) {
    Word w = words.get(i);
    String f = w.folded();
    boolean lower = !Character.isUpperCase(w.text().charAt(0));
    if (lower && !pastParticiple(w) || GivenNames.of(w) != null || Nouns.of(f) != null
        || f.contains("'") || Pronoun.in(f) != null || i + 1 >= words.size()) {
      return false;
    }
    String bare = f.endsWith("s") ? f.substring(0, f.length() - 1) : f;
    boolean participle = bare.endsWith("e") || bare.endsWith("i") || bare.endsWith("u") || bare.endsWith("it")
        || bare.endsWith("is") || bare.endsWith("eux") || bare.endsWith("euse");
    Word next = words.get(i + 1);
    return participle && bare.length() > 3 && (next.is(",") || next.isWord()
        && Character.isLowerCase(next.text().charAt(0)) && (AFTER_PARTICIPLE.contains(next.folded())
        || next.folded().startsWith("d'") || ReportingLexicon.isSkippable(next.folded())));
  }

  /** "La semaine dernière", "Le lendemain", "Cette année": a piece that says when, not who. */
  boolean timeAdverbial(int i) {
    return i + 1 < words.size() && isDeterminer(words.get(i)) && (ReportingLexicon.isTimeNoun(words.get(i + 1).folded())
        || TIME_PERIODS.contains(words.get(i + 1).folded()));
  }

  private static final Set<String> TIME_PERIODS = Set.of("an", "lendemain", "surlendemain", "week-end", "hiver",
      "ete", "automne", "printemps", "fois", "periode", "decennie", "siecle", "moment", "heure", "heures", "minute",
      "minutes", "jours", "semaines", "annees", "ans");

  /**
   * "Si…", "S'il…", "Quand…", "Lorsque…", "Alors que…", "While…": a subordinate clause, whose
   * subject is not the sentence's.
   */
  boolean startsWithSubordinate(int i) {
    String f = words.get(i).folded();
    if (f.equals("si") || f.startsWith("s'il") || f.equals("quand") || f.equals("lorsque")
        || f.startsWith("lorsqu'") || f.equals("if") || f.equals("when") || f.equals("puisque")
        || f.startsWith("puisqu'") || f.equals("comme") || f.equals("as") || SUBORDINATORS.contains(f)) {
      return true;
    }
    if (i + 1 >= words.size() || !TWO_WORD_SUBORDINATORS.contains(f)) {
      return false;
    }
    String next = words.get(i + 1).folded();
    return next.equals("que") || next.startsWith("qu'");
  }

  private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "because", "once",
      "after", "before", "until", "since", "whereas");

  /** Words that open a subordinate clause with "que": "alors que", "tandis que", "bien que"... */
  private static final Set<String> TWO_WORD_SUBORDINATORS = Set.of("alors", "tandis", "bien", "parce", "avant",
      "apres", "depuis", "pendant", "tant", "des");

  /** English words in -ing that are nouns or pronouns, not participles. */
  private static final Set<String> ING_NOUNS = Set.of("nothing", "something", "anything", "everything", "morning",
      "evening", "building", "meeting", "hearing", "briefing", "ruling", "funding", "spending", "ceiling", "wedding",
      "training", "housing", "clothing", "warning", "opening", "ending", "beginning", "setting", "reading");

  /**
   * A piece opening on a verb ("a-t-elle ajouté", "multipliant les interviews", "including
   * calling for…") names nobody.
   */
  boolean startsWithVerb(int i) {
    Word w = words.get(i);
    String f = w.folded();
    if (w.text().equals("a") || w.text().equals("A")) {
      return i + 1 < words.size() && (words.get(i + 1).verb() || pastParticiple(words.get(i + 1))
          || ReportingLexicon.isSkippable(words.get(i + 1).folded()));
    }
    return ReportingLexicon.isAux(f) || ReportingLexicon.isVerb(f)
        || f.endsWith("ant") && f.length() > 5 && GivenNames.of(w) == null
        || f.endsWith("ing") && f.length() > 5 && Character.isLowerCase(w.text().charAt(0)) && !ING_NOUNS.contains(f);
  }

  /** Relative clauses ("qui se pose en…") describe a subject; they are not one. */
  boolean isRelative(int i) {
    String f = words.get(i).folded();
    return f.equals("qui") || f.equals("dont") || f.equals("who") || f.equals("which") || f.equals("ou");
  }

  /**
   * "où", "dont", "where", "whose" opening a piece: a relative clause with a subject of its own
   * ("Même son de cloche dans Ouest-France, où Paul Burel considère que…"), unlike "qui", which is
   * itself the subject.
   */
  private static boolean introducesClause(Word w) {
    return w.text().equals("où") || w.is("dont") || w.is("where") || w.is("whose");
  }

  /** "C'est par ces mots que Nicolas Sarkozy" → the words after the last que. */
  int afterSubordinator(int from, int to) {
    int k = from;
    for (int i = from; i < to - 1; i++) {
      String f = words.get(i).folded();
      if ((f.equals("que") || f.equals("qu'") || f.equals("that")) && !comparative(from, i)) {
        k = i + 1;
      }
    }
    return k;
  }

  private static final Set<String> COMPARATIVES = Set.of("meme", "memes", "autre", "autres", "plus", "moins",
      "aussi", "autant", "tel", "telle", "tels", "telles");

  /** "la même motion que", "plus tard que": a "que" of comparison, within three words of its word. */
  private boolean comparative(int from, int que) {
    for (int i = Math.max(from, que - 3); i < que; i++) {
      if (COMPARATIVES.contains(words.get(i).folded())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code i} follows a determiner, and so is a noun, not a verb ("la garde", "le
   * juge"); "a" (the French auxiliary) and object clitics ("nous le raconte") are no determiners.
   */
  boolean afterDeterminer(int i) {
    Word d = i == 0 ? null : words.get(i - 1);
    if (d == null || !isDeterminer(d) || d.is("a") || d.folded().length() > 2 && d.folded().charAt(1) == '\'') {
      return false;
    }
    if (i >= 2 && (words.get(i - 1).is("le") || words.get(i - 1).is("la") || words.get(i - 1).is("les")
        || words.get(i - 1).is("l'"))) {
      return !CLITIC_HOSTS.contains(words.get(i - 2).folded());
    }
    return true;
  }

  /** Words before which "le", "la", "les" are object clitics, not determiners. */
  static final Set<String> CLITIC_HOSTS = Set.of("nous", "vous", "il", "elle", "ils", "elles", "on", "je",
      "j'", "ne", "n'", "me", "te", "se", "comme", "qui", "que", "qu'");

  static boolean isDeterminer(Word w) {
    String f = w.folded();
    return f.equals("le") || f.equals("la") || f.equals("les") || f.startsWith("l'") || f.equals("un")
        || f.equals("une") || f.equals("des") || f.equals("son") || f.equals("sa") || f.equals("ses")
        || f.equals("leur") || f.equals("leurs") || f.equals("nos") || f.equals("vos") || f.equals("notre")
        || f.equals("votre") || f.equals("cet") || f.equals("the") || f.equals("a") || f.equals("an") || f.equals("his")
        || f.equals("her") || f.equals("their") || f.equals("ce") || f.equals("cette") || f.equals("ces")
        || f.startsWith("d'") || f.equals("du");
  }

  /** Skips "tandis que", "alors que", "et", "mais", "while", "and" at the start of a piece. */
  int afterConjunction(int from, int to) {
    int k = from;
    while (k < to && words.get(k).isWord()) {
      String f = words.get(k).folded();
      if (f.equals("et") || f.equals("mais") || f.equals("and") || f.equals("but") || f.equals("while")
          || f.equals("puis") || f.equals("quand") || f.equals("lorsque") || f.equals("as")) {
        k++;
      } else if ((f.equals("tandis") || f.equals("alors") || f.equals("ainsi")) && k + 1 < to
          && (words.get(k + 1).is("que") || words.get(k + 1).folded().startsWith("qu'"))) {
        k += 2;
      } else {
        break;
      }
    }
    return k;
  }

  boolean startsWithPreposition(int i) {
    String f = words.get(i).folded();
    return words.get(i).text().equalsIgnoreCase("à") || f.equals("en") || f.equals("dans") || f.equals("lors")
        || f.equals("apres")
        || f.equals("avant") || f.equals("alors") || f.equals("in") || f.equals("at") || f.equals("after")
        || f.equals("tandis") || f.equals("while") || f.equals("depuis") || f.equals("pendant") || f.equals("si")
        || f.equals("selon") || f.equals("pour") || f.equals("d'apres") || f.equals("concernant")
        || f.equals("s'exprimant") || f.equals("interroge") || f.equals("interrogee") || f.equals("lors");
  }

  /** End (exclusive) of the noun phrase starting at word {@code k}. */
  int nounPhraseEnd(int k) {
    int i = k;
    while (i < words.size() && i - k < 12) {
      Word w = words.get(i);
      if (w.is(".") && i > k && isAbbreviation(words.get(i - 1))) {
        i++;
        continue;
      }
      if (w.is("-") && i > k && i + 1 < words.size() && words.get(i + 1).isWord()) {
        i++;
        continue;
      }
      if (!w.isWord()) {
        break;
      }
      if (i > k && (ReportingLexicon.isStopper(w.folded()) || w.is("ne") || w.folded().startsWith("n'")
          || FINITE_BE_HAVE.contains(w.text()) || w.verb() && !afterDeterminer(i))) {
        break;
      }
      if (i == k && ReportingLexicon.isStopper(w.folded()) && !w.is("le") && !w.is("la") && !w.is("ce")
          && !w.is("cette") && !w.text().equals("a") && !w.text().equals("A")) {
        break;
      }
      i++;
    }
    while (i > k && isTrailingFunctionWord(words.get(i - 1))) {
      i--;
    }
    return i;
  }

  /** Forms of "être" and "avoir" that end a noun phrase (written in lower case, so not "l'Est"). */
  private static final Set<String> FINITE_BE_HAVE = Set.of("était", "étaient", "est", "sont", "sera", "seront",
      "serait", "seraient", "fut", "furent", "avait", "avaient", "ont", "aura", "auront", "aurait", "auraient", "is",
      "are", "was", "were", "has", "have", "had");

  static boolean isAbbreviation(Word w) {
    String f = w.folded();
    return f.equals("m") || f.equals("mm") || f.equals("mme") || f.equals("dr") || f.equals("mr")
        || f.equals("mrs") || f.equals("ms") || f.equals("pr") || f.equals("st")
        || f.length() == 1 && Character.isUpperCase(w.text().charAt(0));
  }

  static boolean isTrailingFunctionWord(Word w) {
    String f = w.folded();
    return f.equals("de") || f.equals("du") || f.equals("des") || f.equals("la") || f.equals("le")
        || f.equals("les") || f.equals("of") || f.equals("the") || f.equals("-") || f.endsWith("'");
  }

  Span span(int from, int to) {
    return new Span(words.get(from).span().start(), words.get(to - 1).span().end());
  }

  int wordsIn(int q) {
    return words.get(q).text().trim().split("[\\s\\p{Z}]+").length;
  }

  /**
   * The subject of the sentence's first verb (an auxiliary, a reporting verb, a reflexive verb)
   * when it names someone, a person or group description included, or is a pronoun; for pronouns
   * to come.
   */
  Frame clauseSubject() {
    for (int i = 1; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.kind() == Word.QUOTE) {
        return null;
      }
      if (verbAt(i)) {
        Span subject = subject(i);
        if (subject == null) {
          return null;
        }
        String folded = ReportingLexicon.fold(subject.of(text));
        String last = folded.substring(folded.lastIndexOf(' ') + 1);
        if (Pronoun.in(folded) != null || Pronoun.in(last) != null) {
          return Frame.pronoun(subject, Pronoun.in(folded) != null ? folded : last, null);
        }
        Frame f = frame(subject, Attribution.BEFORE_QUOTE, null, null, null, false);
        return startsWithName(subject) || f.features().kind() != Features.Kind.UNKNOWN ? f : null;
      }
    }
    return null;
  }

  /**
   * Last resort for a quotation with no reporting frame: the sentence's subject, when it names
   * someone or is a pronoun ("il avait eu « une attitude mitigée »").
   */
  Frame sentenceSubject(int q) {
    for (int i = 1; i < q; i++) {
      if (verbAt(i)) {
        Span subject = subject(i);
        if (subject == null) {
          return null;
        }
        Frame f = subjectFrame(subject, null, null);
        return f.isPronoun() || startsWithName(subject) || f.features().kind() != Features.Kind.UNKNOWN ? f : null;
      }
    }
    return null;
  }

  boolean allCapitalised(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isUpperCase(words.get(i).text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  static final Set<String> POSSESSIVES = Set.of("sa", "son", "ses", "leur", "leurs", "ma", "mon", "mes",
      "notre", "nos", "votre", "vos", "his", "her", "its", "their", "our", "my", "your");

  static final Set<String> ENGLISH_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "this",
      "that", "one", "another", "some", "many");

  static String stripElision(String f) {
    return f.length() > 2 && f.charAt(1) == '\'' ? f.substring(2) : f;
  }

  /** Clitics that stand between a subject pronoun and its verb ("Ils y dénoncent", "elle en a dit"). */
  private static final Set<String> SUBJECT_CLITICS = Set.of("y", "en", "le", "la", "les", "lui", "leur", "nous",
      "vous", "se", "ne", "me", "te", "n'y", "n'en", "s'y", "s'en");

  /** A subject found before the verb: a pronoun to resolve, or the naming words. */
  Frame subjectFrame(Span subject, String verb, Span via) {
    String folded = ReportingLexicon.fold(subject.of(text));
    String[] parts = folded.split(" ");
    if (parts.length > 1 && Pronoun.in(parts[0]) != null
        && Arrays.stream(parts).skip(1).allMatch(SUBJECT_CLITICS::contains)) {
      return Frame.pronoun(new Span(subject.start(), subject.start() + parts[0].length()), parts[0], verb);
    }
    String last = folded.substring(folded.lastIndexOf(' ') + 1);
    if (parts.length > 1 && Pronoun.emphatic(last)) {
      String words = subject.of(text);
      return subjectFrame(new Span(subject.start(), subject.start() + words.stripTrailing().lastIndexOf(' ')), verb, via);
    }
    if (Pronoun.in(last) != null || Pronoun.in(folded) != null) {
      return Frame.pronoun(subject, Pronoun.in(folded) != null ? folded : last, verb);
    }
    return frame(subject, Attribution.BEFORE_QUOTE, verb, via, null, false);
  }
}
