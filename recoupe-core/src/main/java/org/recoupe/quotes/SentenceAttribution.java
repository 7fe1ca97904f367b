package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recoupe.document.Span;
import org.recoupe.quotes.Speaker.Attribution;

/**
 * Reads the words of one sentence around one quotation and says who the sentence makes its
 * speaker: after the quote (« … », a déclaré X / "…," X said), before it (X a déclaré que « … »),
 * through a source phrase (selon X, according to X), or a pronoun to resolve (a-t-il ajouté).
 */
final class SentenceAttribution {

  /**
   * What the sentence says: who speaks ({@code speaker}, the pronoun's own word when {@code
   * pronoun} is set, empty when the subject is implied and {@code inherit} says to take it from
   * the sentence's earlier quotation or the text before), the verb, and the relay.
   */
  record Found(Span speaker, Attribution how, String verb, Span via, Pronoun pronoun, boolean inherit,
      Features features) {
    boolean isPronoun() {
      return pronoun != null;
    }
  }

  /** A finding; the features of a named speaker are read from the words. */
  private Found found(Span speaker, Attribution how, String verb, Span via, Pronoun pronoun, boolean inherit) {
    Features f = speaker != null && pronoun == null ? featuresOf(speaker) : Features.UNKNOWN;
    return new Found(speaker, how, verb, via, pronoun, inherit, f);
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

  private final List<Word> words;
  private final String text;

  SentenceAttribution(String text, List<Word> words) {
    this.text = text;
    this.words = words;
  }

  /**
   * The attribution of the quotation at word index {@code q}, or {@code null} if none: a frame
   * after it, before it, or later in the sentence; else an incise inside it (« …, affirme-t-elle.
   * … »); else a colon or the sentence's subject.
   */
  Found of(int q) {
    Found found = after(q);
    if (found != null && found.how() == Attribution.ACCORDING_TO && !found.isPronoun() && found.speaker() != null) {
      Found reporter = before(q);
      if (reporter != null && reporter.speaker() != null && !reporter.isPronoun() && reporter.verb() != null
          && !reporter.verb().equals(":") && (startsWithName(reporter.speaker())
          || reporter.features().kind() != Features.Kind.UNKNOWN)) {
        return new Found(reporter.speaker(), reporter.how(), reporter.verb(), found.speaker(), null, false,
            reporter.features());
      }
    }
    if (found == null) {
      found = agent(q);
    }
    if (found == null) {
      found = before(q);
    }
    if (found == null) {
      found = laterInSentence(q);
      Found own = found == null ? null : accordingToPronoun(q);
      if (own != null) {
        found = new Found(own.speaker(), own.how(), own.verb(), found.speaker(), own.pronoun(), false, own.features());
      }
    }
    if (found == null) {
      found = incise(q);
    }
    if (found == null) {
      found = colonHeadline(q);
    }
    if (found == null && wordsIn(q) >= 4) {
      found = sentenceSubject(q);
    }
    return found;
  }

  /** The speaker of a sentence without a quotation: the subject of its reporting verb, if any. */
  Found ofSentence() {
    return before(words.size());
  }

  private boolean startsWithName(Span subject) {
    int i = indexAt(subject.start());
    if (i >= 0) {
      return ReportingLexicon.mayStartName(words.get(i).text(), words.get(i).folded());
    }
    String t = subject.of(text);
    int end = 0;
    while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && !Character.isSpaceChar(t.charAt(end))) {
      end++;
    }
    return ReportingLexicon.mayStartName(t.substring(0, end));
  }

  private int wordsIn(int q) {
    return words.get(q).text().trim().split("[\\s\\p{Z}]+").length;
  }

  /**
   * The subject of the sentence's first verb (an auxiliary, a reporting verb, a reflexive verb)
   * when it names someone, a person or group description included, or is a pronoun; for pronouns
   * to come.
   */
  Found clauseSubject() {
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
          return pronoun(subject, Pronoun.in(folded) != null ? folded : last, null);
        }
        Found f = found(subject, Attribution.BEFORE_QUOTE, null, null, null, false);
        return startsWithName(subject) || f.features().kind() != Features.Kind.UNKNOWN ? f : null;
      }
    }
    return null;
  }

  /**
   * The subjects of the sentence's clauses, in order, that name someone or are pronouns; subjects
   * of what is reported ("a dit que le ministre…") are left out: they are not what the text goes
   * on about.
   */
  List<Found> clauseSubjects() {
    List<Found> out = new ArrayList<>();
    int lastEnd = -1;
    Span leading = leadingSubject(words.size());
    if (leading != null) {
      Found f = subjectFound(leading, null, null);
      if (f.isPronoun() ? !impersonal(leading) : namesSomeone(leading, f)) {
        out.add(f);
        lastEnd = leading.end();
      }
    }
    for (int i = 1; i < words.size(); i++) {
      Word w = words.get(i);
      if (!verbAt(i) || words.get(i - 1).isWord() && verbMarker(words.get(i - 1).folded())
          || words.get(i - 1).is("qui") || words.get(i - 1).is("who")) {
        continue;
      }
      if (words.get(i - 1).is(",") && i >= 2) {
        Found inverted = after(i - 2);
        if (inverted != null && inverted.speaker() != null && !inverted.isPronoun()
            && namesSomeone(inverted.speaker(), inverted)) {
          out.add(inverted);
        }
        continue;
      }
      Span subject = subject(i);
      if (subject == null || subject.start() < lastEnd || completive(subject)) {
        continue;
      }
      lastEnd = subject.end();
      Found f = subjectFound(subject, null, null);
      if (f.isPronoun() ? !impersonal(subject) : namesSomeone(subject, f)) {
        out.add(f);
      }
    }
    return out;
  }

  /** Whether the words name a person or a group: a name, or a person or group noun. */
  private boolean namesSomeone(Span subject, Found f) {
    if (f.features().kind() != Features.Kind.UNKNOWN) {
      return true;
    }
    int first = indexAt(subject.start());
    return first >= 0 && Mentions.name(words, first) > first;
  }

  private int indexAt(int offset) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).span().start() >= offset) {
        return words.get(i).span().start() == offset ? i : -1;
      }
    }
    return -1;
  }

  /** "il y a", "il faut", "il s'agit", "il est possible de", "it is": a pronoun standing for nobody. */
  private boolean impersonal(Span pronoun) {
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

  private static final Set<String> IMPERSONAL = Set.of("y", "n'y", "faut", "fallait", "faudra", "faudrait",
      "s'agit", "s'agissait", "semble", "semblait", "parait", "reste", "restait", "manque", "existe", "suffit",
      "vaut", "valait", "s'est", "fallu", "pleut", "arrive", "convient", "importe", "seems", "appears");

  /** Whether {@code subject} opens a clause reported by an earlier verb ("a affirmé que le ministre"). */
  private boolean completive(Span subject) {
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
        || first > 0 && (words.get(first - 1).is("que") || words.get(first - 1).is("qu'") || words.get(first - 1).is("that"));
    if (!that) {
      return false;
    }
    for (int i = 0; i < first; i++) {
      if (words.get(i).isWord() && ReportingLexicon.isVerb(words.get(i).folded())) {
        return true;
      }
    }
    return false;
  }

  /** "conclu", "déclarée", "averti": a French past participle (present tenses end otherwise). */
  private static boolean pastParticiple(Word w) {
    String t = w.text();
    return t.endsWith("é") || t.endsWith("ée") || t.endsWith("és") || t.endsWith("ées") || t.endsWith("u")
        || t.endsWith("ue") || t.endsWith("us") || t.endsWith("i") || t.endsWith("is") && !t.endsWith("ais");
  }

  /** Whether word {@code i} is a verb marker, not a noun after its determiner ("la garde"). */
  private boolean verbAt(int i) {
    Word w = words.get(i);
    if (i > 0 && (w.is("ne") || w.folded().startsWith("n'")) && (words.get(i - 1).is("de")
        || words.get(i - 1).is("pour") || words.get(i - 1).is("sans"))) {
      return false;
    }
    return w.isWord() && verbMarker(w.folded()) && !w.text().equalsIgnoreCase("à") && !afterDeterminer(i)
        && !(pastParticiple(w) && (i == 0 || !words.get(i - 1).isWord() || !verbMarker(words.get(i - 1).folded())));
  }

  /** An auxiliary, a reporting verb or a reflexive verb ("s'inquiète"): the end of a subject. */
  private static boolean verbMarker(String folded) {
    if (ReportingLexicon.hasInvertedClitic(folded)) {
      return false;
    }
    return ReportingLexicon.isAux(folded) || ReportingLexicon.isVerb(folded) && !folded.endsWith("ant")
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

  /** The features of mention {@code r}. */
  Features featuresOf(Mentions.Range r) {
    return Agreement.of(words, r.from(), r.to());
  }

  /**
   * An incise inside the quotation at word {@code q}: a comma, then a verb with an inverted
   * subject clitic (« …, affirme-t-elle. … », « …, glisse-t-il … ») or a reporting verb and its
   * subject closed by punctuation (« …, explique Antony Fastier, toxicologue. … »).
   */
  private Found incise(int q) {
    Span mark = words.get(q).span();
    if (mark.length() < 3) {
      return null;
    }
    List<Word> inner = Word.of(text, mark.start() + 1, mark.end() - 1, List.of());
    return new SentenceAttribution(text, inner).inciseWithin();
  }

  private Found inciseWithin() {
    for (int i = 1; i + 1 < words.size(); i++) {
      if (!words.get(i).is(",") || !words.get(i - 1).isWord() && !words.get(i - 1).is(")")) {
        continue;
      }
      Word w = words.get(i + 1);
      if (!w.isWord()) {
        continue;
      }
      if (ReportingLexicon.hasInvertedClitic(w.folded()) && Pronoun.in(w.folded()) != null) {
        int k = i + 2;
        if (ReportingLexicon.isAux(w.folded())) {
          while (k < words.size() && words.get(k).isWord() && ReportingLexicon.isAdverb(words.get(k).folded())) {
            k++;
          }
          if (k >= words.size() || !ReportingLexicon.isVerb(words.get(k).folded())) {
            continue;
          }
        }
        return pronoun(w.span(), w.folded(), w.text());
      }
      if (ReportingLexicon.isVerb(w.folded()) && !ReportingLexicon.isAux(w.folded())
          && !ReportingLexicon.needsComplement(w.folded()) && !w.folded().endsWith("ant")) {
        int k = skipAdverbials(i + 2);
        int end = nounPhraseEnd(k);
        boolean closed = end == words.size() || words.get(end).is(",") || words.get(end).is(".")
            || words.get(end).is("…") || words.get(end).is(";");
        if (end > k && closed && (ReportingLexicon.mayStartName(words.get(k).text(), words.get(k).folded()) || isDeterminer(words.get(k)))) {
          return found(span(k, end), Attribution.AFTER_QUOTE, w.text(), null, null, false);
        }
      }
    }
    return null;
  }

  /**
   * A passive's agent after the quotation: "qualifié de « … » par un dirigeant", "described as
   * “…” by the company".
   */
  private Found agent(int q) {
    if (q + 2 >= words.size() || !(words.get(q + 1).is("par") || words.get(q + 1).is("by"))) {
      return null;
    }
    int participle = -1;
    for (int i = Math.max(0, q - 3); i < q; i++) {
      String f = words.get(i).folded();
      if (words.get(i).isWord() && ReportingLexicon.isVerb(f) && !f.endsWith("ant")) {
        participle = i;
      }
    }
    if (participle < 0 || participle > 0 && (ReportingLexicon.isAux(words.get(participle - 1).folded())
        && !words.get(participle - 1).is("est") && !words.get(participle - 1).is("was"))) {
      return null;
    }
    int k = q + 2;
    int end = Mentions.name(words, k);
    if (end < 0) {
      end = Mentions.description(words, k);
    }
    if (end < 0 || POSSESSIVES.contains(words.get(k).folded())) {
      return null;
    }
    end = Math.max(end, nounPhraseEnd(k));
    return found(span(k, end), Attribution.AFTER_QUOTE, words.get(q + 1).text(), null, null, false);
  }

  /**
   * Last resort for a quotation with no reporting frame: the sentence's subject, when it names
   * someone or is a pronoun ("il avait eu « une attitude mitigée »").
   */
  private Found sentenceSubject(int q) {
    for (int i = 1; i < q; i++) {
      if (verbAt(i)) {
        Span subject = subject(i);
        if (subject == null) {
          return null;
        }
        Found f = subjectFound(subject, null, null);
        return f.isPronoun() || startsWithName(subject) || f.features().kind() != Features.Kind.UNKNOWN ? f : null;
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
    if (start == 0 && ReportingLexicon.mayStartName(words.get(0).text(), words.get(0).folded()) && allCapitalised(0, q - 1)) {
      return found(span(0, q - 1), Attribution.BEFORE_QUOTE, ":", null, null, false);
    }
    return found(null, Attribution.BEFORE_QUOTE, ":", null, null, true);
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
            return relayed(q, f);
          }
        }
      }
      if (according(i) && i > q + 1) {
        Found f = source(i, Attribution.ACCORDING_TO);
        if (f != null) {
          return relayed(q, f);
        }
      }
    }
    return null;
  }

  /** "selon lui", "d'après elle" before the quotation in its sentence: the pronoun to resolve, or null. */
  private Found accordingToPronoun(int q) {
    for (int i = q - 1; i > 0; i--) {
      if ((words.get(i - 1).is("selon") || words.get(i - 1).is("d'apres")) && Pronoun.in(words.get(i).folded()) != null) {
        return pronoun(words.get(i).span(), words.get(i).folded(), words.get(i - 1).text());
      }
    }
    return null;
  }

  /**
   * A report that only relays the words of someone the sentence names before the quotation with a
   * speech act: "Kim a ordonné l'« expansion exponentielle » …, ont rapporté les médias d'État"
   * is Kim's, through the media.
   */
  private Found relayed(int q, Found reporter) {
    if (reporter.isPronoun() || reporter.speaker() == null || reporter.verb() == null || !relayVerb(reporter.verb())) {
      return reporter;
    }
    for (int i = q - 1; i >= 0 && i >= q - 3; i--) {
      if (words.get(i).isWord() && SPEECH_ACTS.contains(words.get(i).folded())) {
        int g = i;
        while (g > 0 && words.get(g - 1).isWord() && (ReportingLexicon.isAux(words.get(g - 1).folded())
            || ReportingLexicon.isAdverb(words.get(g - 1).folded()))) {
          g--;
        }
        Span subject = subject(g);
        if (subject != null && startsWithName(subject) && !ReportingLexicon.isPronoun(ReportingLexicon.fold(subject.of(text)))) {
          return found(subject, Attribution.BEFORE_QUOTE, words.get(i).text(), reporter.speaker(), null, false);
        }
        return reporter;
      }
    }
    return reporter;
  }

  private static boolean relayVerb(String verb) {
    String f = ReportingLexicon.fold(verb);
    return f.contains("rapport") || f.contains("report") || f.contains("relay") || f.equals("selon")
        || f.equals("according");
  }

  /** Verbs whose object is what the subject said: an order, a demand, a call. */
  private static final Set<String> SPEECH_ACTS = Set.of(
      "ordonne", "exige", "reclame", "appele", "propose", "suggere", "recommande", "prone", "ordered", "demanded",
      "proposed", "pledged", "vowed", "urged");

  private Found after(int q) {
    if (q + 2 < words.size() && words.get(q + 1).is(":")) {
      int k = q + 2;
      int end = Mentions.name(words, k);
      if (end < 0) {
        end = Mentions.description(words, k);
      }
      if (end > k && end < words.size() && verbAt(end)) {
        return found(span(k, end), Attribution.AFTER_QUOTE, ":", null, null, false);
      }
    }
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
    Found read = readIn(j);
    if (read != null) {
      return read;
    }
    int infinitive = infinitiveAfter(j);
    if (infinitive > j) {
      return objectSpeaker(infinitive + 1, text.substring(w.span().start(), words.get(infinitive).span().end()));
    }
    int k = j;
    if (ReportingLexicon.isAux(w.folded())) {
      boolean clitic = ReportingLexicon.hasInvertedClitic(w.folded());
      k++;
      while (k < words.size() && words.get(k).isWord() && ReportingLexicon.isAdverb(words.get(k).folded())
          && !ReportingLexicon.isVerb(words.get(k).folded())) {
        k++;
      }
      if (k >= words.size() || !ReportingLexicon.isVerb(words.get(k).folded())) {
        return null;
      }
      String verb = text.substring(w.span().start(), words.get(k).span().end());
      if (clitic) {
        return pronoun(w.span(), w.folded(), verb);
      }
      return objectSpeaker(k + 1, verb);
    }
    if (ReportingLexicon.hasInvertedClitic(w.folded()) && Pronoun.in(w.folded()) != null) {
      return pronoun(w.span(), w.folded(), w.text());
    }
    Found unnamed = unnamedSource(j);
    if (unnamed != null) {
      return unnamed;
    }
    if ((ReportingLexicon.isVerb(w.folded()) || inversion(j)) && !(j == q + 1 && pastParticiple(w))) {
      return objectSpeaker(j + 1, w.text());
    }
    int end = nounPhraseEnd(j);
    int v = end;
    while (v < words.size() && words.get(v).isWord() && (ReportingLexicon.isAux(words.get(v).folded())
        || ReportingLexicon.isAdverb(words.get(v).folded())) && !ReportingLexicon.isVerb(words.get(v).folded())) {
      v++;
    }
    if (end > j && v < words.size() && words.get(v).is(",") && (ReportingLexicon.mayStartName(w.text(), w.folded()) || isDeterminer(w))) {
      int close = v + 1;
      while (close < words.size() && close - v < 10 && !words.get(close).is(",")) {
        close++;
      }
      if (close + 1 < words.size() && words.get(close).is(",") && ReportingLexicon.isVerb(words.get(close + 1).folded())
          && !ReportingLexicon.isAux(words.get(close + 1).folded())) {
        v = close + 1;
      }
    }
    boolean englishSubject = ReportingLexicon.mayStartName(w.text(), w.folded()) || ENGLISH_DETERMINERS.contains(w.folded());
    if (englishSubject && end > j && v < words.size() && englishVerb(v)) {
      return found(span(j, end), Attribution.AFTER_QUOTE, words.get(v).text(), null, null, false);
    }
    if (englishSubject && end - j >= 2 && englishVerb(end - 1)) {
      return found(span(j, end - 1), Attribution.AFTER_QUOTE, words.get(end - 1).text(), null, null, false);
    }
    if (end > j && v < words.size() && ReportingLexicon.isVerb(words.get(v).folded())) {
      Span np = span(j, end);
      String verb = words.get(v).text();
      Pronoun p = Pronoun.in(words.get(end - 1).folded());
      if (p != null && (end - j == 1 || !words.get(end - 1).is(w.folded()))) {
        return pronoun(words.get(end - 1).span(), words.get(end - 1).folded(), verb);
      }
      return found(np, Attribution.AFTER_QUOTE, verb, via(end), null, false);
    }
    return null;
  }

  /**
   * Whether word {@code j}, right after a quotation and its comma, is a verb whose subject follows
   * it and is closed by punctuation: French inverts the subject only in an incise, so the verb
   * reports speech even when the lexicon does not list it ("», assène Antony Fastier, qui…").
   */
  private boolean inversion(int j) {
    Word w = words.get(j);
    String f = w.folded();
    if (!Character.isLowerCase(w.text().charAt(0)) || f.length() < 4 || f.contains("'")
        || ReportingLexicon.isStopper(f) || ReportingLexicon.isSkippable(f) || isDeterminer(w)
        || ReportingLexicon.isAccording(f) || j + 1 >= words.size() || !words.get(j - 1).is(",")) {
      return false;
    }
    int k = j + 1;
    int end = Mentions.name(words, k);
    if (end < 0) {
      end = Mentions.description(words, k);
    }
    if (end < 0 && isDeterminer(words.get(k)) && k + 1 < words.size() && words.get(k + 1).isWord()
        && Character.isUpperCase(words.get(k + 1).text().charAt(0))) {
      end = Math.max(k + 2, Mentions.name(words, k + 1));
    }
    return end > k && (end == words.size() || !words.get(end).isWord() || words.get(end).is("qui")
        || ReportingLexicon.isStopper(words.get(end).folded()));
  }

  /**
   * "», explique-t-on à Matignon", "», confie-t-on dans l'entourage du ministre": an unnamed
   * speaker ("on") located in a body, which speaks.
   */
  private Found unnamedSource(int j) {
    String f = words.get(j).folded();
    if (!f.endsWith("-t-on") && !f.endsWith("-on") || j + 2 >= words.size()) {
      return null;
    }
    int k = j + 1;
    if (words.get(k).is("du") && k + 2 < words.size() && words.get(k + 1).is("cote")) {
      k += 2;
    }
    if (!(words.get(k).text().equalsIgnoreCase("à") || words.get(k).is("au") || words.get(k).is("aux")
        || words.get(k).is("dans") || words.get(k).is("chez") || words.get(k).is("de") || words.get(k).is("du"))) {
      return null;
    }
    int end = nounPhraseEnd(k + 1);
    return end > k + 1 ? found(span(k + 1, end), Attribution.ACCORDING_TO, words.get(j).text(), null, null, false) : null;
  }

  /**
   * Word {@code v} after a subject after a quotation: an English verb in -ed or -s that ends the
   * sentence or is followed by a comma ("“…,” Smith conceded."), unlisted but in the incise's place.
   */
  private boolean englishVerb(int v) {
    Word w = words.get(v);
    String f = w.folded();
    boolean form = w.text().length() == f.length() && Character.isLowerCase(w.text().charAt(0)) && f.length() > 3
        && (f.endsWith("ed") || f.endsWith("s") && !f.endsWith("ss")) && !f.contains("'") && !ReportingLexicon.isStopper(f)
        && w.text().chars().allMatch(c -> c < 128);
    return form && (v + 1 == words.size() || words.get(v + 1).is(".") || words.get(v + 1).is(",")
        || words.get(v + 1).is("on") && v + 2 < words.size() && Character.isUpperCase(words.get(v + 2).text().charAt(0)));
  }

  /** "tente d'expliquer", "tient à préciser": the index of the reporting infinitive after such a verb, or -1. */
  private int infinitiveAfter(int j) {
    if (!SEMI_AUXILIARIES.contains(words.get(j).folded()) || j + 1 >= words.size()) {
      return -1;
    }
    int n = j + 1;
    String f = words.get(n).folded();
    if ((f.equals("de") || f.equals("a")) && n + 1 < words.size()) {
      n++;
      f = words.get(n).folded();
    } else if (f.startsWith("d'")) {
      f = f.substring(2);
    }
    return words.get(n).isWord() && ReportingLexicon.isVerb(f) ? n : -1;
  }

  private static final Set<String> SEMI_AUXILIARIES = Set.of(
      "tente", "tentent", "tient", "tiennent", "veut", "veulent", "vient", "viennent", "semble", "doit", "peut",
      "prefere", "choisit", "croit", "ose", "pourrait", "pourraient", "devrait", "devraient", "voudrait", "aime",
      "tenu");

  /**
   * "peut-on lire dans Les Échos", "lit-on sur Mediapart": the publication; "peut-on lire" alone
   * refers back to the publication last spoken of, like a pronoun.
   */
  private Found readIn(int j) {
    int k = j;
    if (words.get(k).is("peut-on") && k + 1 < words.size() && words.get(k + 1).is("lire")) {
      k += 2;
    } else if (words.get(k).is("lit-on")) {
      k++;
    } else {
      return null;
    }
    if (k + 1 >= words.size() || !(words.get(k).is("dans") || words.get(k).is("sur"))) {
      return new Found(words.get(j).span(), Attribution.PRONOUN, words.get(j).text(), null, Pronoun.PUBLICATION, false,
          Features.UNKNOWN);
    }
    int end = nounPhraseEnd(k + 1);
    return end > k + 1 ? found(span(k + 1, end), Attribution.ACCORDING_TO, words.get(j).text(), null, null, false)
        : null;
  }

  private Found objectSpeaker(int from, String verb) {
    int k = skipAdverbials(from);
    if (k + 2 < words.size() && (words.get(k).text().equalsIgnoreCase("à") || words.get(k).is("au") || words.get(k).is("aux"))) {
      int end = k + 2;
      while (end < words.size() && end - k <= 5 && words.get(end).isWord() && !isDeterminer(words.get(end))
          && !ReportingLexicon.isStopper(words.get(end).folded())) {
        end++;
      }
      if (end < words.size() && end - k <= 5 && isDeterminer(words.get(end))) {
        k = skipAdverbials(end);
      }
    }
    if (k < words.size() && words.get(k).isWord() && Pronoun.in(words.get(k).folded()) != null) {
      return pronoun(words.get(k).span(), words.get(k).folded(), verb);
    }
    int end = nounPhraseEnd(k);
    if (end <= k) {
      return null;
    }
    end = apposition(k, end);
    return found(span(k, end), Attribution.AFTER_QUOTE, verb, via(end), null, false);
  }

  /** Skips adverbs, time words and a comma-enclosed time phrase after a verb. */
  private int skipAdverbials(int from) {
    int k = from;
    while (k < words.size()) {
      Word w = words.get(k);
      if (w.isWord() && ReportingLexicon.isAdverb(w.folded())) {
        k++;
      } else if (w.is("en") && k + 1 < words.size() && ReportingLexicon.isMannerNoun(words.get(k + 1).folded())) {
        k += 2;
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

  private boolean allWords(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!words.get(i).isWord()) {
        return false;
      }
    }
    return true;
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
        && ReportingLexicon.mayStartName(words.get(end + 1).text(), words.get(end + 1).folded())) {
      int second = nounPhraseEnd(end + 1);
      if (second > end + 1) {
        return second;
      }
    }
    return end;
  }

  private Found before(int q) {
    int v = -1;
    int infinitive = -1;
    Found source = null;
    for (int i = q - 1; i >= 0; i--) {
      Word w = words.get(i);
      if (w.isWord() && ReportingLexicon.isVerb(w.folded()) && !ReportingLexicon.isAux(w.folded())
          && !afterDeterminer(i) && (!ReportingLexicon.needsComplement(w.folded()) || complementFollows(i, q))) {
        if (!ReportingLexicon.isInfinitive(w.folded())) {
          v = i;
          break;
        }
        infinitive = infinitive < 0 ? i : infinitive;
      }
      if (w.isWord() && according(i) && (i == 0 || words.get(i - 1).is(",") || words.get(i - 1).kind() == Word.QUOTE)) {
        Found f = source(i, Attribution.ACCORDING_TO);
        if (f != null) {
          source = f;
        }
      }
      if (w.isWord() && source == null && v < 0 && (w.is("pour") || w.is("for")) && i + 1 < q
          && Pronoun.in(words.get(i + 1).folded()) != null && words.get(q - 1).is(":")) {
        source = pronoun(words.get(i + 1).span(), words.get(i + 1).folded(), w.text());
      }
    }
    if (v < 0 && infinitive >= 0 && source == null) {
      int marker = firstVerbMarker(infinitive);
      Span subject = marker > 0 ? subject(marker) : null;
      return subject == null ? null : subjectFound(subject, words.get(infinitive).text(), null);
    }
    if (v < 0 && source == null && q > 0 && words.get(q - 1).is(":")) {
      Span subject = leadingSubject(q - 1);
      if (subject == null) {
        int marker = firstVerbMarker(q - 1);
        subject = marker > 0 ? subject(marker) : null;
      }
      Found f = subject == null ? null : subjectFound(subject, ":", null);
      if (f != null && !f.isPronoun() && !startsWithName(subject) && f.features().kind() == Features.Kind.UNKNOWN) {
        return found(null, Attribution.BEFORE_QUOTE, ":", null, null, true);
      }
      return f;
    }
    if (v < 0) {
      return source;
    }
    Span via = source != null && !source.isPronoun() ? source.speaker() : null;
    Word verb = words.get(v);
    Found afterVerb = invertedSubject(v, q);
    if (afterVerb != null) {
      return afterVerb;
    }
    if (verb.folded().endsWith("ant") || verb.folded().equals("saying") || verb.folded().equals("adding")
        || verb.folded().equals("warning") || verb.folded().equals("telling")) {
      return participleSubject(v, q, verb.text());
    }
    int g = v;
    while (g > 0 && words.get(g - 1).isWord() && (ReportingLexicon.isAux(words.get(g - 1).folded())
        || ReportingLexicon.isAdverb(words.get(g - 1).folded()))) {
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
      return pronoun(words.get(g).span(), words.get(g).folded(), verb.text());
    }
    Span subject = g > 0 && (words.get(g - 1).is("and") || words.get(g - 1).is("et")) ? leadingSubject(g - 1) : subject(g);
    if (subject == null) {
      return found(null, Attribution.BEFORE_QUOTE, verb.text(), null, null, true);
    }
    return subjectFound(subject, verb.text(), via);
  }

  /** A subject found before the verb: a pronoun to resolve, or the naming words. */
  private Found subjectFound(Span subject, String verb, Span via) {
    String folded = ReportingLexicon.fold(subject.of(text));
    String last = folded.substring(folded.lastIndexOf(' ') + 1);
    if (Pronoun.in(last) != null || Pronoun.in(folded) != null) {
      return pronoun(subject, Pronoun.in(folded) != null ? folded : last, verb);
    }
    return found(subject, Attribution.BEFORE_QUOTE, verb, via, null, false);
  }

  /** The index of the first auxiliary, reporting or reflexive verb before word {@code limit}, or -1. */
  private int firstVerbMarker(int limit) {
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
  private Span leadingSubject(int limit) {
    int start = 0;
    int pieces = 0;
    int last = Math.min(limit, words.size());
    for (int i = 0; i <= last; i++) {
      if (i == last || words.get(i).is(",") || words.get(i).is("—") || words.get(i).kind() == Word.QUOTE) {
        int from = afterConjunction(start, i);
        if (from < i && !startsWithPreposition(from) && !isRelative(from) && !startsWithParticiple(from)
            && !startsWithSubordinate(from) && !allSkippable(from, i)) {
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
            end = end < i && words.get(end).isWord() && verbMarker(words.get(end).folded()) ? end : -1;
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

  /**
   * A subject after its verb before the quotation: ", rapporte Le Nouvel Obs, « … »", "comme
   * nous le raconte Antoine, « … »" (the words before the verb are only clitics and "comme").
   */
  private Found invertedSubject(int v, int q) {
    int c = v - 1;
    while (c >= 0 && words.get(c).isWord() && (CLITICS.contains(words.get(c).folded())
        || ReportingLexicon.isAux(words.get(c).folded()) && !words.get(c).is("est"))) {
      c--;
    }
    boolean comme = c >= 0 && (words.get(c).is("comme") || words.get(c).is("as") || words.get(c).is("ainsi")
        || words.get(c).is("qu'a") || words.get(c).is("qu'ont"));
    boolean incise = !comme && v > 0 && words.get(v - 1).is(",");
    if (!comme && !incise) {
      return null;
    }
    int k = skipAdverbials(v + 1);
    int end = nounPhraseEnd(k);
    if (end <= k || !(ReportingLexicon.mayStartName(words.get(k).text(), words.get(k).folded()) || isDeterminer(words.get(k)))) {
      return null;
    }
    int next = end;
    while (next < words.size() && !words.get(next).isWord() && words.get(next).kind() != Word.QUOTE) {
      next++;
    }
    if (incise && (next != q || next == end)) {
      return null;
    }
    return found(span(k, end), Attribution.BEFORE_QUOTE, words.get(v).text(), null, null, false);
  }

  /** What follows a detached participle: a preposition ("Irrités par", "Posée à", "Interrogé sur"). */
  private static final Set<String> AFTER_PARTICIPLE = Set.of("par", "a", "au", "aux", "de", "du", "des", "en", "dans",
      "sur", "pour", "avec", "lors", "depuis", "apres", "devant", "sous", "chez", "vers", "by", "in", "at", "on", "with");

  private static final Set<String> POSSESSIVES = Set.of("sa", "son", "ses", "leur", "leurs", "ma", "mon", "mes",
      "notre", "nos", "votre", "vos", "his", "her", "its", "their", "our", "my", "your");

  private static final Set<String> ENGLISH_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "this",
      "that", "one", "another", "some", "many");

  /** Nouns that name someone's words: "les propos de X", "selon l'expression de X", "in the words of X". */
  private static final Set<String> FRAME_NOUNS = Set.of("propos", "declarations", "declaration", "termes", "mots",
      "paroles", "formule", "expression", "words", "remarks", "phrase");

  private static String stripElision(String f) {
    return f.length() > 2 && f.charAt(1) == '\'' ? f.substring(2) : f;
  }

  private static final Set<String> CLITICS = Set.of("nous", "le", "l'", "lui", "leur", "me", "m'", "vous", "te",
      "t'", "se", "s'", "l");

  /**
   * A participle's subject: that of the sentence's main clause ("Liu said …, warning: “…”";
   * "…, ajoutant que « … »"), or the subject right after a participial clause that opens the
   * sentence ("Demandant au CSM « … », les syndicats énumèrent…").
   */
  private Found participleSubject(int v, int q, String verb) {
    for (int k = v - 1; k >= 0 && k >= v - 6 && words.get(k).isWord(); k--) {
      int end = Mentions.name(words, k);
      if (end < 0) {
        end = Mentions.description(words, k);
      }
      if (end == v && (k == 0 || !words.get(k - 1).isWord())) {
        return subjectFound(span(k, end), verb, null);
      }
    }
    if (v > firstWordIndex()) {
      int marker = firstVerbMarker(v);
      Span subject = marker > 0 ? subject(marker) : leadingSubject(v - 1);
      if (subject != null) {
        return subjectFound(subject, verb, null);
      }
    } else if (firstWordIndex() == v && q + 2 < words.size() && words.get(q + 1).is(",")) {
      Span subject = leadingSubject(words.size());
      if (subject != null && subject.start() > words.get(q).span().end()) {
        return subjectFound(subject, verb, null);
      }
      int k = q + 2;
      int end = Mentions.name(words, k);
      if (end < 0) {
        end = Mentions.description(words, k);
      }
      if (end > k) {
        return subjectFound(span(k, end), verb, null);
      }
    }
    return found(null, Attribution.BEFORE_QUOTE, verb, null, null, true);
  }

  private int firstWordIndex() {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).isWord()) {
        return i;
      }
    }
    return -1;
  }

  /** Whether what was said follows verb {@code v} at once: que, :, de « … », or the quotation. */
  private boolean complementFollows(int v, int q) {
    int k = v + 1;
    if (k < words.size() && (words.get(k).is("de") || words.get(k).is("d'") || words.get(k).is("that"))) {
      k++;
    } else if (k + 1 == q && isDeterminer(words.get(k))) {
      return true;
    } else if (q - 1 > k && q - 1 <= k + 4 && (words.get(q - 1).is("de") || words.get(q - 1).is("d'")
        || words.get(q - 1).is("of") || words.get(q - 1).is("a") || words.get(q - 1).is("an")
        || words.get(q - 1).is("as") || words.get(q - 1).is("comme")) && allWords(k, q - 1)) {
      return true;
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
          || startsWithVerb(p[0]) || startsWithParticiple(p[0])) {
        continue;
      }
      if (p[1] - p[0] == 1 && ReportingLexicon.isPronoun(words.get(p[0]).folded())) {
        if (i > 0 && pieces.get(i - 1)[1] == p[0] - 1) {
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

  /**
   * A piece opening on a capitalised participle or adjective ("Irrités par…", "Posée à…",
   * "Libérée mercredi…") is a detached clause about the subject, not the subject.
   */
  private boolean startsWithParticiple(int i) {
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

  /** "Si…", "S'il…", "Quand…", "Lorsque…": a subordinate clause, whose subject is not the sentence's. */
  private boolean startsWithSubordinate(int i) {
    String f = words.get(i).folded();
    return f.equals("si") || f.startsWith("s'il") || f.equals("quand") || f.equals("lorsque")
        || f.startsWith("lorsqu'") || f.equals("if") || f.equals("when") || f.equals("puisque")
        || f.startsWith("puisqu'") || f.equals("comme") || f.equals("as");
  }

  /** A piece opening on a verb ("a-t-elle ajouté", "multipliant les interviews") names nobody. */
  private boolean startsWithVerb(int i) {
    Word w = words.get(i);
    String f = w.folded();
    if (w.text().equals("a") || w.text().equals("A")) {
      return i + 1 < words.size() && (ReportingLexicon.isVerb(words.get(i + 1).folded()) || pastParticiple(words.get(i + 1))
          || ReportingLexicon.isSkippable(words.get(i + 1).folded()));
    }
    return ReportingLexicon.isAux(f) || ReportingLexicon.isVerb(f)
        || f.endsWith("ant") && f.length() > 5 && GivenNames.of(w) == null;
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

  /**
   * Whether word {@code i} follows a determiner, and so is a noun, not a verb ("la garde", "le
   * juge"); "a" (the French auxiliary) and object clitics ("nous le raconte") are no determiners.
   */
  private boolean afterDeterminer(int i) {
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
  private static final Set<String> CLITIC_HOSTS = Set.of("nous", "vous", "il", "elle", "ils", "elles", "on", "je",
      "j'", "ne", "n'", "me", "te", "se", "comme", "qui", "que", "qu'");

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
    return words.get(i).text().equalsIgnoreCase("à") || f.equals("en") || f.equals("dans") || f.equals("lors") || f.equals("apres")
        || f.equals("avant") || f.equals("alors") || f.equals("in") || f.equals("at") || f.equals("after")
        || f.equals("tandis") || f.equals("while") || f.equals("depuis") || f.equals("pendant") || f.equals("si")
        || f.equals("selon") || f.equals("pour") || f.equals("d'apres") || f.equals("concernant")
        || f.equals("s'exprimant") || f.equals("interroge") || f.equals("interrogee") || f.equals("lors");
  }

  private boolean according(int i) {
    Word w = words.get(i);
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
      return i == 0 && Character.isUpperCase(w.text().charAt(0)) && i + 1 < words.size()
          && !POSSESSIVES.contains(words.get(i + 1).folded());
    }
    return true;
  }

  private Found source(int i, Attribution how) {
    int k = words.get(i).is("according") ? i + 2 : i + 1;
    if (FRAME_NOUNS.contains(words.get(i).folded())) {
      k = words.get(i + 1).is("du") ? i + 1 : i + 2;
    } else if (k + 2 < words.size() && isDeterminer(words.get(k)) && FRAME_NOUNS.contains(words.get(k + 1).folded())
        && (words.get(k + 2).is("de") || words.get(k + 2).is("du") || words.get(k + 2).is("of"))) {
      k = words.get(k + 2).is("du") ? k + 2 : k + 3;
    } else if (k < words.size() && FRAME_NOUNS.contains(stripElision(words.get(k).folded())) && k + 1 < words.size()
        && (words.get(k + 1).is("de") || words.get(k + 1).is("du") || words.get(k + 1).is("of"))) {
      k = words.get(k + 1).is("du") ? k + 1 : k + 2;
    }
    if (k < words.size() && Pronoun.in(words.get(k).folded()) != null) {
      return pronoun(words.get(k).span(), words.get(k).folded(), words.get(i).text());
    }
    int end = nounPhraseEnd(k);
    if (end <= k) {
      return null;
    }
    return found(span(k, end), how == Attribution.AFTER_QUOTE ? Attribution.ACCORDING_TO : how,
        words.get(i).text(), null, null, false);
  }

  /** A pronoun ({@code folded}, at {@code at}) to resolve; a word no pronoun is read as one saying nothing. */
  private static Found pronoun(Span at, String folded, String verb) {
    Pronoun p = Pronoun.in(folded);
    return new Found(at, Attribution.PRONOUN, verb, null, p != null ? p : Pronoun.ANY, false, Features.UNKNOWN);
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
      if (i > k && (ReportingLexicon.isStopper(w.folded())
          || ReportingLexicon.isVerb(w.folded()) && !afterDeterminer(i))) {
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
