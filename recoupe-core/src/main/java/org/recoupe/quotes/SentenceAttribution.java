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
final class SentenceAttribution extends SentenceReader {

  private final SourcePhrases sources;

  SentenceAttribution(String text, List<Word> words) {
    super(text, words);
    this.sources = new SourcePhrases(text, words);
  }

  /**
   * The attribution of the quotation at word index {@code q}, or {@code null} if none: a frame
   * after it, before it, or later in the sentence; else an incise inside it (« …, affirme-t-elle.
   * … »); else a colon or the sentence's subject.
   */
  Frame of(int q) {
    Frame found = after(q);
    Frame owner = sources.ownerOfTheWordsLater(q);
    if (found != null && found.how() == Attribution.ACCORDING_TO && !found.isPronoun() && found.speaker() != null
        && owner == null) {
      Frame reporter = before(q);
      if (reporter != null && reporter.speaker() != null && !reporter.isPronoun() && reporter.verb() != null
          && !reporter.verb().equals(":") && (startsWithName(reporter.speaker())
          || reporter.features().kind() != Features.Kind.UNKNOWN)) {
        return new Frame(reporter.speaker(), reporter.how(), reporter.verb(), found.speaker(), null, false,
            reporter.features());
      }
    }
    if (found == null) {
      found = agent(q);
    }
    if (found == null) {
      found = owner;
    }
    if (found == null) {
      found = closingFrame(q);
    }
    if (found == null) {
      found = before(q);
    }
    if (found == null) {
      found = laterInSentence(q);
      Frame own = found == null ? null : accordingToPronoun(q);
      if (own != null) {
        found = new Frame(own.speaker(), own.how(), own.verb(), found.speaker(), own.pronoun(), false, own.features());
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
  Frame ofSentence() {
    return before(words.size());
  }

  /**
   * The subjects of the sentence's clauses, in order, that name someone or are pronouns; subjects
   * of what is reported ("a dit que le ministre…") are left out: they are not what the text goes
   * on about.
   */
  List<Frame> clauseSubjects() {
    List<Frame> out = new ArrayList<>();
    int lastEnd = -1;
    Frame opening = subordinateSubject();
    if (opening != null && opening.speaker() != null) {
      out.add(opening);
      lastEnd = opening.speaker().end();
    }
    Span leading = leadingSubject(words.size());
    if (leading != null) {
      Frame f = subjectFrame(leading, null, null);
      if (f.isPronoun() ? !impersonal(leading) : namesSomeone(leading, f.features())) {
        out.add(f);
        lastEnd = leading.end();
      }
    }
    for (int i = 1; i < words.size(); i++) {
      Word w = words.get(i);
      if (!verbAt(i) || words.get(i - 1).isWord() && verbMarker(words.get(i - 1))
          || words.get(i - 1).is("qui") || words.get(i - 1).is("who") || w.folded().endsWith("ing")) {
        continue;
      }
      if (words.get(i - 1).is(",") && i >= 2) {
        Frame inverted = after(i - 2);
        if (inverted != null && inverted.speaker() != null && !inverted.isPronoun()
            && namesSomeone(inverted.speaker(), inverted.features())) {
          out.add(inverted);
        }
        continue;
      }
      Span subject = subject(i);
      if (subject == null || subject.start() < lastEnd || completive(subject)) {
        continue;
      }
      lastEnd = subject.end();
      Frame f = subjectFrame(subject, null, null);
      if (f.isPronoun() ? !impersonal(subject) : namesSomeone(subject, f.features())) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Which of {@code subjects} (this sentence's {@link #clauseSubjects()}) is the main clause's: the
   * second when the first stands in a subordinate clause opening the sentence, before its comma
   * ("Alors que plusieurs patrons …, M. Milhaud a pris les devants" is about M. Milhaud); else the first.
   */
  int mainClause(List<Frame> subjects) {
    int first = firstWordIndex();
    if (subjects.size() < 2 || first < 0 || subjects.get(0).speaker() == null || !startsWithSubordinate(first)) {
      return 0;
    }
    for (int i = first; i < words.size(); i++) {
      if (words.get(i).is(",")) {
        return subjects.get(0).speaker().end() <= words.get(i).span().start() ? 1 : 0;
      }
    }
    return 0;
  }

  /**
   * The named subject of a subordinate clause opening the sentence ("When Afghan President Ashraf
   * Ghani first announced…, he said…", "Lorsque Paul Henry est arrivé, …"): the person the main
   * clause's pronoun most likely takes up.
   */
  private Frame subordinateSubject() {
    int first = firstWordIndex();
    if (first < 0 || first + 1 >= words.size() || !startsWithSubordinate(first)) {
      return null;
    }
    int k = first + 1;
    int end = Mentions.name(words, k);
    return end > k && end < words.size() && words.get(end).isWord()
        && Character.isLowerCase(words.get(end).text().charAt(0))
        ? frame(span(k, end), Attribution.BEFORE_QUOTE, null, null, null, false) : null;
  }

  /**
   * An incise inside the quotation at word {@code q}: a comma, then a verb with an inverted
   * subject clitic (« …, affirme-t-elle. … », « …, glisse-t-il … ») or a reporting verb and its
   * subject closed by punctuation (« …, explique Antony Fastier, toxicologue. … »), or any verb
   * with its subject inverted behind it and more words after (« …, nuance un autre membre du
   * gouvernement. … », « …, remarque avec sévérité l'auteur. … »), which French writes only in an
   * incise; not an infinitive (« …, avoir un enfant ? »).
   */
  private Frame incise(int q) {
    Span mark = words.get(q).span();
    if (mark.length() < 3) {
      return null;
    }
    List<Word> inner = Word.of(text, mark.start() + 1, mark.end() - 1, List.of());
    return new SentenceAttribution(text, inner).inciseWithin();
  }

  /**
   * The word after an object pronoun at {@code i} that stands before a reporting verb ("nous
   * explique un journaliste", "lui a répondu le ministre", "nous a-t-il dit"); else {@code i}.
   */
  private int afterObjectClitic(int i) {
    return i + 1 < words.size() && OBJECT_CLITICS.contains(words.get(i).folded()) && words.get(i + 1).isWord()
        && (words.get(i + 1).verb() || ReportingLexicon.isAux(words.get(i + 1).folded())) ? i + 1 : i;
  }

  private static final Set<String> OBJECT_CLITICS = Set.of("nous", "vous", "lui", "leur", "me", "te");

  private Frame inciseWithin() {
    for (int i = 1; i + 1 < words.size(); i++) {
      if (!words.get(i).is(",") || !words.get(i - 1).isWord() && !words.get(i - 1).is(")")) {
        continue;
      }
      int a = afterObjectClitic(i + 1);
      Word w = words.get(a);
      if (!w.isWord()) {
        continue;
      }
      if (ReportingLexicon.hasInvertedClitic(w.folded()) && Pronoun.in(w.folded()) != null) {
        int k = a + 1;
        if (ReportingLexicon.isAux(w.folded())) {
          while (k < words.size() && words.get(k).isWord() && ReportingLexicon.isAdverb(words.get(k).folded())) {
            k++;
          }
          if (k >= words.size() || !words.get(k).verb()) {
            continue;
          }
        }
        return Frame.pronoun(w.span(), w.folded(), w.text());
      }
      if (w.verb() && !ReportingLexicon.isAux(w.folded())
          && !ReportingLexicon.needsComplement(w.folded()) && !w.folded().endsWith("ant")) {
        int k = skipAdverbials(a + 1);
        int end = nounPhraseEnd(k);
        boolean closed = end == words.size() || words.get(end).is(",") || words.get(end).is(".")
            || words.get(end).is("…") || words.get(end).is(";");
        if (end > k && closed && (nameStart(k) || isDeterminer(words.get(k)))) {
          return frame(span(k, end), Attribution.AFTER_QUOTE, w.text(), null, null, false);
        }
      }
      InvertedIncise.Found inverted = new InvertedIncise(text, words).read(a);
      if (inverted != null && inverted.end() + 1 < words.size() && !w.folded().matches(".*(er|ir|oir)")
          && (words.get(inverted.end()).is(".") || words.get(inverted.end()).is(","))) {
        return frame(span(inverted.start(), inverted.end()), Attribution.AFTER_QUOTE, inverted.verb(), null, null,
            false);
      }
    }
    return null;
  }

  /**
   * A passive's agent after the quotation: "qualifié de « … » par un dirigeant", "described as
   * “…” by the company".
   */
  private Frame agent(int q) {
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
    return frame(span(k, end), Attribution.AFTER_QUOTE, words.get(q + 1).text(), null, null, false);
  }

  /**
   * A verbless lead-in that names where the words come from before a colon: "De la part de la
   * CFDT : « … »", "Même son de cloche chez les syndicats : « … »", "Du côté de l'Elysée : « … »",
   * "Un avis partagé par Anne Morel : « … »"; the source's words, or null.
   */
  private Span sourceBeforeColon(int colon) {
    for (int i = 0; i + 1 < colon; i++) {
      Word w = words.get(i);
      int k = -1;
      if (w.is("chez") || w.is("par") && i > 0 && pastParticiple(words.get(i - 1))) {
        k = i + 1;
      } else if ((w.is("part") && i >= 2 && words.get(i - 1).is("la") && words.get(i - 2).is("de")
          || w.is("cote") && i >= 1 && words.get(i - 1).is("du")) && (words.get(i + 1).is("de")
          || words.get(i + 1).is("du") || words.get(i + 1).is("des"))) {
        k = words.get(i + 1).is("de") ? i + 2 : i + 1;
      }
      if (k < 0 || k >= colon) {
        continue;
      }
      if (words.get(k).is("du") || words.get(k).is("des")) {
        k++;
      }
      if (k < colon && (nameStart(k) || isDeterminer(words.get(k)) || Nouns.of(words.get(k).folded()) != null)) {
        int end = Math.min(nounPhraseEnd(k), colon);
        return end > k ? span(k, end) : null;
      }
    }
    return null;
  }

  /** "Bernard Laporte : « … »" — a short name and a colon before the quotation. */
  private Frame colonHeadline(int q) {
    if (q < 2 || !words.get(q - 1).is(":")) {
      return null;
    }
    int start = q - 1;
    while (start > 0 && words.get(start - 1).isWord() && q - 1 - start < 4) {
      start--;
    }
    if (start == 0 && nameStart(0) && allCapitalised(0, q - 1)) {
      return frame(span(0, q - 1), Attribution.BEFORE_QUOTE, ":", null, null, false);
    }
    return frame(null, Attribution.BEFORE_QUOTE, ":", null, null, true);
  }

  /** Later in the sentence: ", a déclaré X" (inverted) or "selon X" / "according to X". */
  private Frame laterInSentence(int q) {
    for (int i = q + 1; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.is(",") && i + 1 < words.size()) {
        Word next = words.get(i + 1);
        if (ReportingLexicon.isAux(next.folded()) || next.verb()) {
          Frame f = after(i - 1 < q ? q : i - 1);
          if (f != null) {
            return relayed(q, f);
          }
        }
      }
      if (sources.according(i) && i > q + 1) {
        Frame f = sources.source(i, Attribution.ACCORDING_TO);
        if (f != null) {
          return relayed(q, f);
        }
      }
    }
    return null;
  }

  /**
   * "It's important to “take detailed histories” of the patients, Dempsey said.": a subject and a
   * reporting verb after the sentence's last comma, closing it, say who spoke its quotations.
   */
  private Frame closingFrame(int q) {
    int c = words.size() - 1;
    while (c > q && !words.get(c).is(",")) {
      c--;
    }
    int k = c + 1;
    if (c <= q || k >= words.size() || !(nameStart(k) || isDeterminer(words.get(k)))) {
      return null;
    }
    int end = nounPhraseEnd(k);
    int v = end;
    if (end <= k || v >= words.size() || !words.get(v).verb() || ReportingLexicon.isAux(words.get(v).folded())) {
      return null;
    }
    boolean closes = v + 1 == words.size() || !words.get(v + 1).isWord() && words.get(v + 1).kind() != Word.QUOTE;
    return closes ? frame(span(k, end), Attribution.AFTER_QUOTE, words.get(v).text(), null, null, false) : null;
  }

  /** "selon lui", "d'après elle" before the quotation in its sentence: the pronoun to resolve, or null. */
  private Frame accordingToPronoun(int q) {
    for (int i = q - 1; i > 0; i--) {
      if ((words.get(i - 1).is("selon") || words.get(i - 1).is("d'apres")) && Pronoun.in(words.get(i).folded()) != null) {
        return Frame.pronoun(words.get(i).span(), words.get(i).folded(), words.get(i - 1).text());
      }
    }
    return null;
  }

  /**
   * A report that only relays the words of someone the sentence names before the quotation with a
   * speech act: "Kim a ordonné l'« expansion exponentielle » …, ont rapporté les médias d'État"
   * is Kim's, through the media.
   */
  private Frame relayed(int q, Frame reporter) {
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
        if (subject != null && startsWithName(subject)
            && !ReportingLexicon.isPronoun(ReportingLexicon.fold(subject.of(text)))) {
          return frame(subject, Attribution.BEFORE_QUOTE, words.get(i).text(), reporter.speaker(), null, false);
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

  /** "a-t-il fait valoir", "a fait savoir X": "faire" and these infinitives report speech. */
  private static final Set<String> MADE_KNOWN = Set.of("valoir", "savoir", "remarquer", "observer");

  /**
   * The speaker named after quotation {@code q}; none when the quotation is a noun phrase running
   * on into the sentence ("le « fonds souverain » français destiné à…": a determiner before it, a
   * word right after it).
   */
  private Frame after(int q) {
    if (q > 0 && q + 1 < words.size() && words.get(q).kind() == Word.QUOTE && isDeterminer(words.get(q - 1))
        && words.get(q + 1).isWord() && !words.get(q + 1).verb()
        && !ReportingLexicon.hasInvertedClitic(words.get(q + 1).folded())) {
      return null;
    }
    if (q + 2 < words.size() && words.get(q + 1).is(":")) {
      int k = q + 2;
      int end = Mentions.name(words, k);
      if (end < 0) {
        end = Mentions.description(words, k);
      }
      if (end > k && end < words.size() && verbAt(end)) {
        return frame(span(k, end), Attribution.AFTER_QUOTE, ":", null, null, false);
      }
    }
    int j = q + 1;
    while (j < words.size() && (words.get(j).is(",") || words.get(j).is("—") || words.get(j).is("–"))) {
      j++;
    }
    if (j >= words.size() || !words.get(j).isWord()) {
      return null;
    }
    j = afterObjectClitic(j);
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
    if (sources.according(j)) {
      return sources.source(j, Attribution.AFTER_QUOTE);
    }
    Frame read = readIn(j);
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
          && !words.get(k).verb()) {
        k++;
      }
      if (k + 1 < words.size() && words.get(k).is("fait") && MADE_KNOWN.contains(words.get(k + 1).folded())) {
        k++;
      } else if (k >= words.size() || !words.get(k).verb()) {
        return invertedIncise(j);
      }
      String verb = text.substring(w.span().start(), words.get(k).span().end());
      if (clitic) {
        return Frame.pronoun(w.span(), w.folded(), verb);
      }
      Frame object = objectSpeaker(k + 1, verb);
      return object != null ? object : invertedIncise(j);
    }
    if (ReportingLexicon.hasInvertedClitic(w.folded()) && Pronoun.in(w.folded()) != null) {
      return Frame.pronoun(w.span(), w.folded(), w.text());
    }
    Frame unnamed = unnamedSource(j);
    if (unnamed != null) {
      return unnamed;
    }
    if (w.verb() && w.folded().endsWith("ant")) {
      return null;
    }
    if ((w.verb() || inversion(j)) && !(j == q + 1 && pastParticiple(w))) {
      Frame object = objectSpeaker(j + 1, w.text());
      return object != null ? object : invertedIncise(j);
    }
    if (Character.isLowerCase(w.text().charAt(0)) && !isDeterminer(w) && Pronoun.in(w.folded()) == null) {
      Frame incise = invertedIncise(j);
      if (incise != null) {
        return incise;
      }
    }
    int end = nounPhraseEnd(j);
    int v = end;
    while (v < words.size() && words.get(v).isWord() && (ReportingLexicon.isAux(words.get(v).folded())
        || ReportingLexicon.isAdverb(words.get(v).folded())) && !words.get(v).verb()) {
      v++;
    }
    if (end > j && v < words.size() && words.get(v).is(",") && (nameStart(j) || isDeterminer(w))) {
      int close = v + 1;
      while (close < words.size() && close - v < 16 && !words.get(close).is(",")) {
        close++;
      }
      if (close + 1 < words.size() && words.get(close).is(",") && words.get(close + 1).verb()
          && !ReportingLexicon.isAux(words.get(close + 1).folded())) {
        v = close + 1;
      } else {
        v = appositionVerb(v + 1, Math.min(words.size(), v + APPOSITION_WORDS), v);
      }
    }
    boolean englishSubject = ReportingLexicon.mayStartName(w.text(), w.folded()) || ENGLISH_DETERMINERS.contains(w.folded());
    if (englishSubject && end > j && v < words.size() && englishVerb(v)) {
      return frame(span(j, end), Attribution.AFTER_QUOTE, words.get(v).text(), null, null, false);
    }
    if (englishSubject && end - j >= 2 && englishVerb(end - 1)) {
      return frame(span(j, end - 1), Attribution.AFTER_QUOTE, words.get(end - 1).text(), null, null, false);
    }
    if (end > j && v < words.size() && words.get(v).verb()) {
      Span np = span(j, end);
      String verb = words.get(v).text();
      if (Pronoun.in(w.folded()) != null && Character.isLowerCase(w.text().charAt(0))) {
        return Frame.pronoun(w.span(), w.folded(), verb);
      }
      Pronoun p = Pronoun.in(words.get(end - 1).folded());
      if (p != null && (end - j == 1 || !words.get(end - 1).is(w.folded()))) {
        return Frame.pronoun(words.get(end - 1).span(), words.get(end - 1).folded(), verb);
      }
      return frame(np, Attribution.AFTER_QUOTE, verb, sources.via(end), null, false);
    }
    return invertedIncise(j);
  }

  /** How many words after a subject's comma an apposition's closing English verb is looked for. */
  private static final int APPOSITION_WORDS = 25;

  /**
   * "“…,” Kurinji Selvaraj, a research analyst at the Council think tank told CBS News": an English
   * reporting verb closing an apposition that no comma closes, after {@code from} and before
   * {@code to}; else {@code otherwise}.
   */
  private int appositionVerb(int from, int to, int otherwise) {
    for (int k = from + 1; k < to && words.get(k).kind() != Word.QUOTE && !words.get(k).is(";"); k++) {
      Word w = words.get(k);
      if (w.verb() && ReportingLexicon.isEnglishVerb(w.folded()) && !w.folded().endsWith("ing")
          && !words.get(k - 1).is("who") && !words.get(k - 1).is("which") && !words.get(k - 1).is("that")) {
        return k;
      }
    }
    return otherwise;
  }

  /** An incise whose verb the lexicon does not know or whose subject stands behind adverbials, or null. */
  private Frame invertedIncise(int j) {
    InvertedIncise.Found found = new InvertedIncise(text, words).read(j);
    return found == null ? null : frame(span(found.start(), found.end()), Attribution.AFTER_QUOTE, found.verb(),
        sources.via(found.end()), null, false);
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
   * "», explique-t-on à Matignon", "», confie-t-on dans l'entourage du ministre", "», a-t-on
   * ajouté dans son entourage", "», fait-on observer au cabinet": an unnamed speaker ("on") located
   * in a body, which speaks; without a place ("», a-t-on ajouté."), the same source as before.
   */
  private Frame unnamedSource(int j) {
    String f = words.get(j).folded();
    if (!f.endsWith("-on")) {
      return null;
    }
    int k = skipAdverbials(j + 1);
    if ((f.equals("a-t-on") || f.equals("avait-on")) && k + 1 < words.size() && pastParticiple(words.get(k))
        || f.equals("fait-on") && k + 1 < words.size() && words.get(k).folded().matches("[a-z]+(er|ir|re)")) {
      k = skipAdverbials(k + 1);
    }
    if (k + 1 >= words.size() || !words.get(k).isWord()) {
      return frame(null, Attribution.AFTER_QUOTE, words.get(j).text(), null, null, true);
    }
    if (words.get(k).is("du") && k + 2 < words.size() && words.get(k + 1).is("cote")) {
      k += 2;
    }
    if (!(words.get(k).text().equalsIgnoreCase("à") || words.get(k).is("au") || words.get(k).is("aux")
        || words.get(k).is("dans") || words.get(k).is("chez") || words.get(k).is("de") || words.get(k).is("du"))) {
      return frame(null, Attribution.AFTER_QUOTE, words.get(j).text(), null, null, true);
    }
    int end = nounPhraseEnd(k + 1);
    return end > k + 1 ? frame(span(k + 1, end), Attribution.ACCORDING_TO, words.get(j).text(), null, null, false) : null;
  }

  /** Adverb particles of English phrasal verbs of speech: "weighed in", "chimed in", "shot back". */
  private static final Set<String> PARTICLES = Set.of("in", "up", "back", "out");

  /**
   * Word {@code v} after a subject after a quotation: an English verb in -ed or -s, with or
   * without a particle, that ends the sentence or is followed by a comma ("“…,” Smith conceded.",
   * "“…,” Smith weighed in, …"), unlisted but in the incise's place.
   */
  private boolean englishVerb(int v) {
    Word w = words.get(v);
    String f = w.folded();
    boolean form = w.text().length() == f.length() && Character.isLowerCase(w.text().charAt(0)) && f.length() > 3
        && (f.endsWith("ed") || f.endsWith("s") && !f.endsWith("ss")) && !f.contains("'") && !ReportingLexicon.isStopper(f)
        && w.text().chars().allMatch(c -> c < 128);
    int next = v + 1 < words.size() && PARTICLES.contains(words.get(v + 1).folded())
        && (v + 2 == words.size() || !words.get(v + 2).isWord()) ? v + 2 : v + 1;
    return form && (next == words.size() || words.get(next).is(".") || words.get(next).is(",")
        || words.get(next).is("on") && next + 1 < words.size() && Character.isUpperCase(words.get(next + 1).text().charAt(0)));
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
  private Frame readIn(int j) {
    int k = j;
    if (words.get(k).is("peut-on") && k + 1 < words.size() && words.get(k + 1).is("lire")) {
      k += 2;
    } else if (words.get(k).is("lit-on")) {
      k++;
    } else {
      return null;
    }
    if (k + 1 >= words.size() || !(words.get(k).is("dans") || words.get(k).is("sur"))) {
      return new Frame(words.get(j).span(), Attribution.PRONOUN, words.get(j).text(), null, Pronoun.PUBLICATION, false,
          Features.UNKNOWN);
    }
    int end = nounPhraseEnd(k + 1);
    return end > k + 1 ? frame(span(k + 1, end), Attribution.ACCORDING_TO, words.get(j).text(), null, null, false)
        : null;
  }

  /**
   * Finite verbs that show the words after a reporting verb are the subject of what was said
   * ("said Nexa would use…", "a indiqué que…" aside), not an inverted speaker; "a" is taken
   * without its accent only, so "à" stays a preposition.
   */
  private static final Set<String> COMPLETIVE_VERBS = Set.of("would", "will", "could", "should", "can", "may",
      "might", "must", "has", "had", "have", "is", "was", "were", "are", "did", "does", "a", "ont", "est", "sont",
      "va", "vont", "avait", "allait", "sera", "serait", "pourrait", "devrait");

  private Frame objectSpeaker(int from, String verb) {
    int k = skipAdverbials(from);
    if (k + 2 < words.size() && (words.get(k).text().equals("à") || words.get(k).is("au"))
        && words.get(k + 1).folded().startsWith("l'") && words.get(k + 1).text().length() > 2 && nameStart(k + 2)) {
      k = skipAdverbials(k + 2);
    }
    if (k + 2 < words.size()
        && (words.get(k).text().equalsIgnoreCase("à") || words.get(k).is("au") || words.get(k).is("aux"))) {
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
      return Frame.pronoun(words.get(k).span(), words.get(k).folded(), verb);
    }
    if (k + 1 < words.size() && (words.get(k).is("celle") || words.get(k).is("celui")) && words.get(k + 1).is("qui")) {
      return Frame.pronoun(words.get(k).span(), words.get(k).folded() + "-ci", verb);
    }
    if (k + 1 < words.size() && (words.get(k).is("ce") || words.get(k).is("cette"))
        && (words.get(k + 1).is("dernier") || words.get(k + 1).is("derniere"))) {
      Span both = new Span(words.get(k).span().start(), words.get(k + 1).span().end());
      return Frame.pronoun(both, words.get(k).folded() + " " + words.get(k + 1).folded(), verb);
    }
    int end = nounPhraseEnd(k);
    if (end <= k || infinitive(words.get(k))) {
      return null;
    }
    for (int i = k + 1; i <= end && i < words.size(); i++) {
      if (COMPLETIVE_VERBS.contains(words.get(i).text())) {
        return null;
      }
    }
    end = apposition(k, end);
    return frame(span(k, end), Attribution.AFTER_QUOTE, verb, sources.via(end), null, false);
  }

  private Frame before(int q) {
    for (int i = 0; i < Math.min(3, q - 1); i++) {
      if (words.get(i).is("pour") && sources.according(i)) {
        Frame opinion = sources.source(i, Attribution.ACCORDING_TO);
        if (opinion != null && !opinion.isPronoun()) {
          return opinion;
        }
      }
    }
    int v = -1;
    int infinitive = -1;
    Frame source = null;
    for (int i = q - 1; i >= 0; i--) {
      Word w = words.get(i);
      if (w.isWord() && w.verb() && !ReportingLexicon.isAux(w.folded()) && !insideName(i)
          && !afterDeterminer(i) && (!ReportingLexicon.needsComplement(w.folded()) || complementFollows(i, q))) {
        if (!ReportingLexicon.isInfinitive(w.folded())) {
          int comme = sources.commeBefore(i);
          if (comme >= 0 && sources.source(comme, Attribution.ACCORDING_TO) != null) {
            source = sources.source(comme, Attribution.ACCORDING_TO);
          } else {
            v = i;
          }
          break;
        }
        infinitive = infinitive < 0 ? i : infinitive;
      }
      if (w.isWord() && sources.according(i) && (i == 0 || words.get(i - 1).is(",") || words.get(i - 1).is(":")
          || words.get(i - 1).is(";") || words.get(i - 1).kind() == Word.QUOTE)) {
        Frame f = sources.source(i, Attribution.ACCORDING_TO);
        if (f != null) {
          source = f;
        }
      }
      if (w.isWord() && source == null && v < 0 && (w.is("pour") || w.is("for")) && i + 1 < q
          && Pronoun.in(words.get(i + 1).folded()) != null && words.get(q - 1).is(":")) {
        source = Frame.pronoun(words.get(i + 1).span(), words.get(i + 1).folded(), w.text());
      }
    }
    if (v < 0 && infinitive >= 0 && source == null) {
      Frame inverted = subjectAfterInfinitive(infinitive, q);
      if (inverted != null) {
        return inverted;
      }
      int marker = firstVerbMarker(infinitive);
      Span subject = marker > 0 ? subject(marker) : null;
      return subject == null ? null : subjectFrame(subject, words.get(infinitive).text(), null);
    }
    if (v < 0 && source == null && q > 0 && words.get(q - 1).is(":")) {
      Span from = sourceBeforeColon(q - 1);
      if (from != null) {
        return frame(from, Attribution.BEFORE_QUOTE, ":", null, null, false);
      }
      Span subject = leadingSubject(q - 1);
      if (subject == null) {
        int marker = firstVerbMarker(q - 1);
        subject = marker > 0 ? subject(marker) : null;
      }
      Frame f = subject == null ? null : subjectFrame(subject, ":", null);
      if (f != null && !f.isPronoun() && !startsWithName(subject) && f.features().kind() == Features.Kind.UNKNOWN) {
        return frame(null, Attribution.BEFORE_QUOTE, ":", null, null, true);
      }
      return f;
    }
    if (v < 0) {
      return source;
    }
    for (int i = v + 1; i + 1 < q; i++) {
      if ((words.get(i).is("selon") || words.get(i).is("d'apres")) && Pronoun.in(words.get(i + 1).folded()) != null) {
        return Frame.pronoun(words.get(i + 1).span(), words.get(i + 1).folded(), words.get(i).text());
      }
    }
    Span via = source != null && !source.isPronoun() ? source.speaker() : null;
    Word verb = words.get(v);
    Frame afterVerb = invertedSubject(v, q);
    if (afterVerb != null) {
      return afterVerb;
    }
    if (verb.folded().endsWith("ant") || verb.folded().endsWith("ing")) {
      return participleSubject(v, q, verb.text());
    }
    if (Pronoun.in(verb.folded()) != null && ReportingLexicon.hasInvertedClitic(verb.folded())) {
      return Frame.pronoun(verb.span(), verb.folded(), verb.text());
    }
    int g = v;
    boolean passive = false;
    while (g > 0 && words.get(g - 1).isWord()) {
      if (words.get(g - 1).text().equals("été") && g - 1 > 0 && ReportingLexicon.isAux(words.get(g - 2).folded())) {
        passive = true;
        g--;
      } else if (ReportingLexicon.isAux(words.get(g - 1).folded()) || ReportingLexicon.isAdverb(words.get(g - 1).folded())
          || g < v && (words.get(g - 1).is("en") || words.get(g - 1).is("y"))
          && ReportingLexicon.isAux(words.get(g).folded())) {
        g--;
      } else {
        int phrase = ReportingLexicon.adverbialPhraseBefore(words, g);
        if (phrase == 0) {
          break;
        }
        g -= phrase;
      }
    }
    if (passive) {
      return passiveAgent(v, q, verb.text());
    }
    int beforeGroup = g > 0 && words.get(g - 1).is(",") ? g - 2 : g - 1;
    if (beforeGroup >= 0 && words.get(beforeGroup).kind() == Word.QUOTE) {
      Frame inverted = after(beforeGroup);
      if (inverted != null) {
        return inverted;
      }
    }
    if (g < v && ReportingLexicon.hasInvertedClitic(words.get(g).folded())) {
      return Frame.pronoun(words.get(g).span(), words.get(g).folded(), verb.text());
    }
    int on = g < v && words.get(g).is("on") ? g : -1;
    Span located = on >= 0 ? locatedOn(on) : null;
    if (located != null) {
      return frame(located, Attribution.ACCORDING_TO, verb.text(), null, null, false);
    }
    Span subject = coordinated(g) ? leadingSubject(g - 1) : subject(g);
    if (subject == null) {
      return frame(null, Attribution.BEFORE_QUOTE, verb.text(), null, null, true);
    }
    return subjectFrame(subject, verb.text(), via);
  }

  /**
   * "Dans l'entourage du ministre, on avertit que…", "Chez Renault, on assure…", "Du côté de
   * l'Elysée, on…": the body where the unnamed "on" at word {@code on} speaks, or null.
   */
  private Span locatedOn(int on) {
    if (on < 2 || !words.get(on - 1).is(",")) {
      return null;
    }
    int start = on - 2;
    while (start > 0 && !words.get(start - 1).is(",") && words.get(start - 1).kind() != Word.QUOTE) {
      start--;
    }
    start = afterConjunction(start, on - 1);
    if (start + 1 >= on - 1 || !LOCATORS.contains(words.get(start).folded())) {
      return null;
    }
    int k = start + 1;
    if (words.get(start).is("du") && words.get(k).is("cote") && k + 2 < on - 1 && words.get(k + 1).is("de")) {
      k += 2;
    }
    int end = nounPhraseEnd(k);
    while (end < on - 1 && words.get(end).isWord() && !words.get(end).is(",")) {
      end++;
    }
    return end > k ? span(k, end) : null;
  }

  private static final Set<String> LOCATORS = Set.of("dans", "chez", "au", "aux", "a", "du", "aupres");

  /**
   * "cette offre a été qualifiée par les syndicats d'« injure »": in the passive the subject is
   * what was spoken of, and the speaker is the agent after "par", if the sentence names one before
   * the quotation; else nobody.
   */
  private Frame passiveAgent(int v, int q, String verb) {
    for (int i = v + 1; i + 1 < q; i++) {
      if (words.get(i).is("par")) {
        int end = nounPhraseEnd(i + 1);
        if (end > i + 1) {
          return frame(span(i + 1, end), Attribution.BEFORE_QUOTE, verb, null, null, false);
        }
      }
    }
    return frame(null, Attribution.BEFORE_QUOTE, verb, null, null, false);
  }

  /**
   * "Toutefois, a tenu à prévenir M. Sarkozy, « … »": a subject right after the infinitive, closed
   * by the quotation or a comma before it.
   */
  private Frame subjectAfterInfinitive(int infinitive, int q) {
    int k = infinitive + 1;
    if (k >= q || !(nameStart(k) || isDeterminer(words.get(k)))) {
      return null;
    }
    int end = nounPhraseEnd(k);
    int next = end;
    while (next < q && !words.get(next).isWord()) {
      next++;
    }
    return end > k && next == q ? frame(span(k, end), Attribution.BEFORE_QUOTE, words.get(infinitive).text(), null,
        null, false) : null;
  }

  /**
   * Whether the verb group at {@code g} is coordinated with an earlier clause ("X visited…, and
   * said", "X didn't give a date, but said"), whose subject is then the speaker.
   */
  private boolean coordinated(int g) {
    int c = g - 1;
    return c > 0 && (words.get(c).is("and") || words.get(c).is("et") || words.get(c).is("but") || words.get(c).is("mais"));
  }

  /**
   * A subject after its verb before the quotation: ", rapporte Le Nouvel Obs, « … »", "comme
   * nous le raconte Antoine, « … »" (the words before the verb are only clitics and "comme"), or
   * an incise between commas earlier in the sentence ("Sa mission, rappelle son auteur, était de
   * veiller « … »").
   */
  private Frame invertedSubject(int v, int q) {
    int c = v - 1;
    while (c >= 0 && words.get(c).isWord() && (CLITICS.contains(words.get(c).folded())
        || ReportingLexicon.isAux(words.get(c).folded()) && !words.get(c).is("est"))) {
      c--;
    }
    boolean comme = c >= 0 && (words.get(c).is("comme") || words.get(c).is("as") || words.get(c).is("ainsi")
        || words.get(c).is("qu'a") || words.get(c).is("qu'ont"));
    String f = words.get(v).folded();
    boolean participle = f.endsWith("ing") || f.endsWith("ant");
    boolean incise = !comme && !participle && v > 0 && words.get(v - 1).is(",");
    if (!comme && !incise) {
      return null;
    }
    int k = skipAdverbials(v + 1);
    int end = nounPhraseEnd(k);
    if (end <= k || !(nameStart(k) || isDeterminer(words.get(k)))) {
      return null;
    }
    int next = end;
    while (next < words.size() && !words.get(next).isWord() && words.get(next).kind() != Word.QUOTE) {
      next++;
    }
    boolean closed = end < q && words.get(end).is(",");
    if (incise && (next != q || next == end) && !closed) {
      return null;
    }
    return frame(span(k, end), Attribution.BEFORE_QUOTE, words.get(v).text(), null, null, false);
  }

  private static final Set<String> CLITICS = Set.of("nous", "le", "l'", "lui", "leur", "me", "m'", "vous", "te",
      "t'", "se", "s'", "l");

  /** A capitalised verb form after a capitalised word is part of a name ("the United States"). */
  private boolean insideName(int i) {
    return i > 0 && Character.isUpperCase(words.get(i).text().charAt(0)) && words.get(i - 1).isWord()
        && Character.isUpperCase(words.get(i - 1).text().charAt(0));
  }

  /**
   * A participle's subject: its own right before it ("with Foreign Minister Ayman Safadi warning
   * of “…”"), that of the sentence's main clause ("Liu said …, warning: “…”";
   * "…, ajoutant que « … »"), or the subject right after a participial clause that opens the
   * sentence ("Demandant au CSM « … », les syndicats énumèrent…").
   */
  private Frame participleSubject(int v, int q, String verb) {
    for (int k = v - 1; k >= 0 && k >= v - 6 && words.get(k).isWord(); k--) {
      int end = Mentions.name(words, k);
      if (end < 0) {
        end = Mentions.description(words, k);
      }
      if (end == v && (k == 0 || !words.get(k - 1).isWord() || words.get(k - 1).is("with"))) {
        return subjectFrame(span(k, end), verb, null);
      }
    }
    if (v > firstWordIndex()) {
      int marker = firstVerbMarker(v);
      Span subject = marker > 0 ? subject(marker) : leadingSubject(v - 1);
      if (subject != null) {
        return subjectFrame(subject, verb, null);
      }
    } else if (firstWordIndex() == v && q + 2 < words.size() && words.get(q + 1).is(",")) {
      Span subject = leadingSubject(words.size());
      if (subject != null && subject.start() > words.get(q).span().end()) {
        return subjectFrame(subject, verb, null);
      }
      int k = q + 2;
      int end = Mentions.name(words, k);
      if (end < 0) {
        end = Mentions.description(words, k);
      }
      if (end > k) {
        return subjectFrame(span(k, end), verb, null);
      }
    }
    return frame(null, Attribution.BEFORE_QUOTE, verb, null, null, true);
  }

  /** A lower-case French infinitive ("examiner", "vouloir", "être"): what follows it is its object. */
  private static boolean infinitive(Word w) {
    String f = w.folded();
    return w.isWord() && Character.isLowerCase(w.text().charAt(0)) && f.length() > 4 && !f.contains("'")
        && (f.endsWith("er") || f.endsWith("ir") || f.endsWith("re")) || f.equals("etre");
  }

  /**
   * Whether what was said follows verb {@code v}, after an indirect object if any ("demande à la
   * ministre « … »"): que, :, de « … », or the quotation.
   */
  private boolean complementFollows(int v, int q) {
    if (v + 1 < q && q - (v + 1) <= 3 && infinitive(words.get(v + 1)) && allWords(v + 1, q)) {
      return true;
    }
    int k = indirectObjectEnd(v + 1, q);
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

  /**
   * The word after an indirect object opening at {@code k} ("à la ministre de l'Intérieur", "aux
   * syndicats") when the quotation, "que" or a colon comes next, else {@code k}.
   */
  private int indirectObjectEnd(int k, int q) {
    if (k >= words.size() || !(words.get(k).text().equals("à") || words.get(k).is("au") || words.get(k).is("aux"))) {
      return k;
    }
    for (int i = k + 2; i <= Math.min(q, k + 8) && i < words.size(); i++) {
      Word w = words.get(i);
      if (i == q || w.is("que") || w.is("qu'") || w.is(":")) {
        return i;
      }
      if (!w.isWord() || w.verb()) {
        return k;
      }
    }
    return k;
  }

}
