package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Span;
import org.recoupe.quotes.Speaker.Attribution;

/**
 * Reads the words of one sentence around one quotation and says who the sentence makes its
 * speaker: after the quote (« … », a déclaré X / "…," X said), before it (X a déclaré que « … »),
 * through a source phrase (selon X, according to X), or a pronoun to resolve (a-t-il ajouté).
 */
final class SentenceAttribution {

  /** What the sentence says; {@code speaker} may be a pronoun or empty when the subject is implied. */
  record Found(Span speaker, Attribution how, String verb, Span via, boolean pronoun, boolean inherit) {}

  private final List<Word> words;
  private final String text;

  SentenceAttribution(String text, List<Word> words) {
    this.text = text;
    this.words = words;
  }

  /** The attribution of the quotation at word index {@code q}, or {@code null} if none. */
  Found of(int q) {
    Found found = after(q);
    if (found == null) {
      found = before(q);
    }
    if (found == null) {
      found = laterInSentence(q);
    }
    if (found == null) {
      found = colonHeadline(q);
    }
    if (found == null && wordsIn(q) >= 5) {
      found = sentenceSubject(q);
    }
    return found;
  }

  /** The speaker of a sentence without a quotation: the subject of its reporting verb, if any. */
  Found ofSentence() {
    return before(words.size());
  }

  private boolean startsWithName(Span subject) {
    String s = subject.of(text);
    int end = 0;
    while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && !Character.isSpaceChar(s.charAt(end))) {
      end++;
    }
    return ReportingLexicon.mayStartName(s.substring(0, end));
  }

  private int wordsIn(int q) {
    return words.get(q).text().trim().split("[\\s\\p{Z}]+").length;
  }

  /** The subject of the sentence's first auxiliary when it is a name, for pronouns to come. */
  Found namedSubject() {
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).isWord() && ReportingLexicon.isAux(words.get(i).folded())
          && !ReportingLexicon.hasInvertedClitic(words.get(i).folded())) {
        Span subject = subject(i);
        if (subject != null && startsWithName(subject)) {
          return new Found(subject, Attribution.BEFORE_QUOTE, null, null, false, false);
        }
        return null;
      }
    }
    return null;
  }

  /**
   * Last resort for a quotation with no reporting frame: the sentence's subject, when it names
   * someone or is a pronoun ("il avait eu « une attitude mitigée »").
   */
  private Found sentenceSubject(int q) {
    for (int i = 1; i < q; i++) {
      if (words.get(i).isWord() && ReportingLexicon.isAux(words.get(i).folded())) {
        Span subject = subject(i);
        if (subject == null) {
          return null;
        }
        String s = subject.of(text);
        String folded = ReportingLexicon.fold(s);
        if (ReportingLexicon.isPronoun(folded)) {
          return pronoun(null);
        }
        return startsWithName(subject) ? new Found(subject, Attribution.BEFORE_QUOTE, null, null, false, false) : null;
      }
    }
    return null;
  }

  /** "Bernard Laporte : « … »" — a short name and a colon before the quotation. */
  private Found colonHeadline(int q) {
    if (q < 2 || !words.get(q - 1).is(":")) {
      return null;
    }
    int start = q - 1;
    while (start > 0 && words.get(start - 1).isWord() && q - 1 - start < 4) {
      start--;
    }
    if (start == 0 && ReportingLexicon.mayStartName(words.get(0).text()) && allCapitalised(0, q - 1)) {
      return new Found(span(0, q - 1), Attribution.BEFORE_QUOTE, ":", null, false, false);
    }
    return new Found(null, Attribution.BEFORE_QUOTE, ":", null, false, true);
  }

  private boolean allCapitalised(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isUpperCase(words.get(i).text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Later in the sentence: ", a déclaré X" (inverted) or "selon X" / "according to X". */
  private Found laterInSentence(int q) {
    for (int i = q + 1; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.is(",") && i + 1 < words.size()) {
        Word next = words.get(i + 1);
        if (ReportingLexicon.isAux(next.folded()) || ReportingLexicon.isVerb(next.folded())) {
          Found f = after(i - 1 < q ? q : i - 1);
          if (f != null) {
            return f;
          }
        }
      }
      if (according(i) && i > q + 1) {
        Found f = source(i, Attribution.ACCORDING_TO);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  private Found after(int q) {
    int j = q + 1;
    while (j < words.size() && (words.get(j).is(",") || words.get(j).is("—") || words.get(j).is("–"))) {
      j++;
    }
    if (j >= words.size() || !words.get(j).isWord()) {
      return null;
    }
    if ((words.get(j).is("comme") || words.get(j).is("as")) && j + 1 < words.size()) {
      j++;
      if (words.get(j).is("le") || words.get(j).is("l'") || words.get(j).is("l’")) {
        j++;
      }
      if (j >= words.size() || !words.get(j).isWord()) {
        return null;
      }
    }
    Word w = words.get(j);
    if (according(j)) {
      return source(j, Attribution.AFTER_QUOTE);
    }
    int k = j;
    if (ReportingLexicon.isAux(w.folded())) {
      boolean clitic = ReportingLexicon.hasInvertedClitic(w.folded());
      k++;
      while (k < words.size() && words.get(k).isWord() && ReportingLexicon.isSkippable(words.get(k).folded())
          && !ReportingLexicon.isVerb(words.get(k).folded())) {
        k++;
      }
      if (k >= words.size() || !ReportingLexicon.isVerb(words.get(k).folded())) {
        return null;
      }
      String verb = text.substring(w.span().start(), words.get(k).span().end());
      if (clitic) {
        return pronoun(verb);
      }
      return objectSpeaker(k + 1, verb);
    }
    if (ReportingLexicon.isVerb(w.folded())) {
      if (ReportingLexicon.hasInvertedClitic(w.folded())) {
        return pronoun(w.text());
      }
      return objectSpeaker(j + 1, w.text());
    }
    int end = nounPhraseEnd(j);
    int v = end;
    while (v < words.size() && words.get(v).isWord() && (ReportingLexicon.isAux(words.get(v).folded())
        || ReportingLexicon.isSkippable(words.get(v).folded())) && !ReportingLexicon.isVerb(words.get(v).folded())) {
      v++;
    }
    if (end > j && v < words.size() && ReportingLexicon.isVerb(words.get(v).folded())) {
      Span np = span(j, end);
      String verb = words.get(v).text();
      if (end - j == 1 && ReportingLexicon.isPronoun(w.folded())) {
        return pronoun(verb);
      }
      return new Found(np, Attribution.AFTER_QUOTE, verb, via(end), false, false);
    }
    return null;
  }

  private Found objectSpeaker(int from, String verb) {
    int k = skipAdverbials(from);
    if (k < words.size() && words.get(k).isWord() && ReportingLexicon.isPronoun(words.get(k).folded())) {
      return pronoun(verb);
    }
    int end = nounPhraseEnd(k);
    if (end <= k) {
      return null;
    }
    end = apposition(k, end);
    return new Found(span(k, end), Attribution.AFTER_QUOTE, verb, via(end), false, false);
  }

  /** Skips adverbs, time words and a comma-enclosed time phrase after a verb. */
  private int skipAdverbials(int from) {
    int k = from;
    while (k < words.size()) {
      Word w = words.get(k);
      if (w.isWord() && ReportingLexicon.isSkippable(w.folded())) {
        k++;
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

  private boolean allSkippable(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!words.get(i).isWord() || !ReportingLexicon.isSkippable(words.get(i).folded())) {
        return false;
      }
    }
    return true;
  }

  /** "son patron, Patrick Werner": a common-noun phrase followed by a name takes the name too. */
  private int apposition(int start, int end) {
    Word first = words.get(start);
    if (end + 1 < words.size() && words.get(end).is(",") && !Character.isUpperCase(first.text().charAt(0))
        && ReportingLexicon.mayStartName(words.get(end + 1).text())) {
      int second = nounPhraseEnd(end + 1);
      if (second > end + 1) {
        return second;
      }
    }
    return end;
  }

  private Found before(int q) {
    int v = -1;
    Found source = null;
    for (int i = q - 1; i >= 0; i--) {
      Word w = words.get(i);
      if (w.isWord() && ReportingLexicon.isVerb(w.folded()) && !ReportingLexicon.isAux(w.folded())
          && (!ReportingLexicon.needsComplement(w.folded()) || complementFollows(i, q))) {
        v = i;
        break;
      }
      if (w.isWord() && according(i) && (i == 0 || words.get(i - 1).is(",") || words.get(i - 1).kind() == Word.QUOTE)) {
        Found f = source(i, Attribution.ACCORDING_TO);
        if (f != null) {
          source = f;
        }
      }
    }
    if (v < 0 && source == null && q > 0 && words.get(q - 1).is(":")) {
      for (int i = 0; i < q - 1; i++) {
        if (words.get(i).isWord() && ReportingLexicon.isAux(words.get(i).folded())) {
          Span subject = subject(i);
          return subject == null ? null : new Found(subject, Attribution.BEFORE_QUOTE, ":", null, false, false);
        }
      }
    }
    if (v < 0) {
      return source;
    }
    Span via = source != null && !source.pronoun() ? source.speaker() : null;
    Word verb = words.get(v);
    if (verb.folded().endsWith("ant") || verb.folded().equals("saying") || verb.folded().equals("adding")) {
      Span subject = v > 1 && words.get(v - 1).is(",") ? subject(v) : null;
      if (subject != null && !ReportingLexicon.isPronoun(ReportingLexicon.fold(subject.of(text)))) {
        return new Found(subject, Attribution.BEFORE_QUOTE, verb.text(), null, false, false);
      }
      return new Found(null, Attribution.BEFORE_QUOTE, verb.text(), null, false, true);
    }
    int g = v;
    while (g > 0 && words.get(g - 1).isWord() && (ReportingLexicon.isAux(words.get(g - 1).folded())
        || ReportingLexicon.isSkippable(words.get(g - 1).folded()))) {
      g--;
    }
    int beforeGroup = g > 0 && words.get(g - 1).is(",") ? g - 2 : g - 1;
    if (beforeGroup >= 0 && words.get(beforeGroup).kind() == Word.QUOTE) {
      Found inverted = after(beforeGroup);
      if (inverted != null) {
        return inverted;
      }
    }
    if (g < v && ReportingLexicon.hasInvertedClitic(words.get(g).folded())) {
      return pronoun(verb.text());
    }
    Span subject = subject(g);
    if (subject == null) {
      return new Found(null, Attribution.BEFORE_QUOTE, verb.text(), null, false, true);
    }
    String folded = ReportingLexicon.fold(subject.of(text));
    String last = folded.substring(folded.lastIndexOf(' ') + 1);
    if (ReportingLexicon.isPronoun(last) || folded.endsWith("'il") || folded.endsWith("'elle")) {
      return pronoun(verb.text());
    }
    return new Found(subject, Attribution.BEFORE_QUOTE, verb.text(), via, false, false);
  }

  /** Whether what was said follows verb {@code v} at once: que, :, de « … », or the quotation. */
  private boolean complementFollows(int v, int q) {
    int k = v + 1;
    if (k < words.size() && (words.get(k).is("de") || words.get(k).is("d'") || words.get(k).is("that"))) {
      k++;
    }
    if (k >= words.size()) {
      return false;
    }
    Word w = words.get(k);
    return k == q || w.is(":") || w.is("que") || w.is("qu'") || w.is("qu’") || w.folded().startsWith("qu'");
  }

  /** The subject before word {@code g}: the comma-separated piece that names someone. */
  private Span subject(int g) {
    if (g >= 2 && (words.get(g - 1).is("qui") || words.get(g - 1).is("who"))) {
      int end = g - 1;
      int start = end;
      while (start > 0 && words.get(start - 1).isWord() && Character.isUpperCase(words.get(start - 1).text().charAt(0))) {
        start--;
      }
      if (start < end) {
        return span(start, end);
      }
    }
    List<int[]> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= g; i++) {
      if (i == g || words.get(i).is(",") || words.get(i).kind() == Word.QUOTE || words.get(i).is(":")) {
        if (i > start) {
          pieces.add(new int[] {start, i});
        }
        start = i + 1;
      }
    }
    for (int i = pieces.size() - 1; i >= 0; i--) {
      int[] p = pieces.get(i);
      p[0] = afterSubordinator(afterConjunction(p[0], p[1]), p[1]);
      if (p[0] >= p[1] || allSkippable(p[0], p[1]) || startsWithPreposition(p[0]) || isRelative(p[0])
          || startsWithVerb(p[0])) {
        continue;
      }
      if (p[1] - p[0] == 1 && ReportingLexicon.isPronoun(words.get(p[0]).folded())) {
        return span(p[0], p[1]);
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
          if (!allSkippable(b0, before[1]) && !startsWithPreposition(b0) && before[1] - b0 <= 8) {
            return span(b0, before[1]);
          }
          break;
        }
      }
      return p[1] - p[0] <= 12 ? span(p[0], p[1]) : null;
    }
    return null;
  }

  /** A piece opening on a verb ("a-t-elle ajouté", "multipliant les interviews") names nobody. */
  private boolean startsWithVerb(int i) {
    Word w = words.get(i);
    String f = w.folded();
    return ReportingLexicon.isAux(f) || ReportingLexicon.isVerb(f)
        || f.endsWith("ant") && f.length() > 5 && !Character.isUpperCase(w.text().charAt(0));
  }

  /** Relative clauses ("qui se pose en…") describe a subject; they are not one. */
  private boolean isRelative(int i) {
    String f = words.get(i).folded();
    return f.equals("qui") || f.equals("dont") || f.equals("who") || f.equals("which") || f.equals("ou");
  }

  /** "C'est par ces mots que Nicolas Sarkozy" → the words after the last que. */
  private int afterSubordinator(int from, int to) {
    int k = from;
    for (int i = from; i < to - 1; i++) {
      String f = words.get(i).folded();
      if (f.equals("que") || f.equals("qu'") || f.equals("that")) {
        k = i + 1;
      }
    }
    return k;
  }

  private static boolean isDeterminer(Word w) {
    String f = w.folded();
    return f.equals("le") || f.equals("la") || f.equals("les") || f.startsWith("l'") || f.equals("un")
        || f.equals("une") || f.equals("des") || f.equals("son") || f.equals("sa") || f.equals("ses")
        || f.equals("leur") || f.equals("the") || f.equals("a") || f.equals("an") || f.equals("his")
        || f.equals("her") || f.equals("their") || f.equals("ce") || f.equals("cette") || f.equals("ces")
        || f.startsWith("d'") || f.equals("du");
  }

  /** Skips "tandis que", "alors que", "et", "mais", "while", "and" at the start of a piece. */
  private int afterConjunction(int from, int to) {
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

  private boolean startsWithPreposition(int i) {
    String f = words.get(i).folded();
    return f.equals("a") || f.equals("en") || f.equals("dans") || f.equals("lors") || f.equals("apres")
        || f.equals("avant") || f.equals("alors") || f.equals("in") || f.equals("at") || f.equals("after")
        || f.equals("tandis") || f.equals("while") || f.equals("depuis") || f.equals("pendant") || f.equals("si")
        || f.equals("selon") || f.equals("pour") || f.equals("d'apres") || f.equals("concernant")
        || f.equals("s'exprimant") || f.equals("interroge") || f.equals("interrogee") || f.equals("lors");
  }

  private boolean according(int i) {
    Word w = words.get(i);
    if ((w.is("propos") || w.is("declarations") || w.is("termes") || w.is("words") || w.is("remarks"))
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
      return i == 0 && Character.isUpperCase(w.text().charAt(0));
    }
    return true;
  }

  private Found source(int i, Attribution how) {
    int k = words.get(i).is("according") ? i + 2 : i + 1;
    if (words.get(i).is("propos") || words.get(i).is("declarations") || words.get(i).is("termes")
        || words.get(i).is("words") || words.get(i).is("remarks")) {
      k = words.get(i + 1).is("du") ? i + 1 : i + 2;
    }
    if (k < words.size() && ReportingLexicon.isPronoun(words.get(k).folded())) {
      return new Found(null, Attribution.ACCORDING_TO, words.get(i).text(), null, true, false);
    }
    int end = nounPhraseEnd(k);
    if (end <= k) {
      return null;
    }
    return new Found(span(k, end), how == Attribution.AFTER_QUOTE ? Attribution.ACCORDING_TO : how,
        words.get(i).text(), null, false, false);
  }

  private Found pronoun(String verb) {
    return new Found(null, Attribution.PRONOUN, verb, null, true, false);
  }

  /** "selon Tass", ", cité par les agences russes" after a speaker. */
  private Span via(int from) {
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

  /** End (exclusive) of the noun phrase starting at word {@code k}. */
  private int nounPhraseEnd(int k) {
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
      if (i > k && (ReportingLexicon.isStopper(w.folded()) || ReportingLexicon.isVerb(w.folded()))) {
        break;
      }
      if (i == k && ReportingLexicon.isStopper(w.folded()) && !w.is("le") && !w.is("la")
          && !w.text().equals("a") && !w.text().equals("A")) {
        break;
      }
      i++;
    }
    while (i > k && isTrailingFunctionWord(words.get(i - 1))) {
      i--;
    }
    return i;
  }

  private static boolean isAbbreviation(Word w) {
    String f = w.folded();
    return f.equals("m") || f.equals("mm") || f.equals("mme") || f.equals("dr") || f.equals("mr")
        || f.equals("mrs") || f.equals("ms") || f.equals("pr") || f.equals("st") || f.length() == 1 && Character.isUpperCase(w.text().charAt(0));
  }

  private static boolean isTrailingFunctionWord(Word w) {
    String f = w.folded();
    return f.equals("de") || f.equals("du") || f.equals("des") || f.equals("la") || f.equals("le")
        || f.equals("les") || f.equals("of") || f.equals("the") || f.equals("-") || f.endsWith("'");
  }

  private Span span(int from, int to) {
    return new Span(words.get(from).span().start(), words.get(to - 1).span().end());
  }
}
