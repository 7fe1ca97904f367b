package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recoupe.document.Span;
import org.recoupe.quotes.Speaker.Attribution;

/**
 * Finds the quotations of one article and their speakers. Pronouns ("a-t-elle ajouté", "he said")
 * are resolved against what the article has mentioned so far ({@link Referents}): the nearest
 * subject or speaker whose gender and number agree. A quotation standing alone continues the latest
 * speaker; a quotation sharing a sentence with an attributed one and no frame of its own inherits
 * its speaker. Thread-safe (stateless).
 */
public final class QuoteFinder {
  private static final int SPEECH_MIN_WORDS = 5;

  /** How many sentences back a quotation standing alone may find the speaker of the last quotation. */
  private static final int STANDALONE_WINDOW = 6;

  /** The quotations of {@code text}, whose paragraphs are {@code paragraphs}, in order. */
  public List<Quote> find(String text, List<Span> paragraphs) {
    List<Span> marks = QuoteMarks.find(text, paragraphs);
    List<Span> sentences = SentenceWindows.of(text, paragraphs, marks);
    List<Quote> out = new ArrayList<>();
    Discourse discourse = new Discourse(text);
    int pendingAlone = -1;
    int pendingSentence = -10;
    int m = 0;
    for (int s = 0; s < sentences.size(); s++) {
      Span sentence = sentences.get(s);
      List<Span> inSentence = new ArrayList<>();
      while (m < marks.size() && marks.get(m).start() < sentence.end()) {
        inSentence.add(marks.get(m++));
      }
      int from = inSentence.isEmpty() ? sentence.start() : Math.min(sentence.start(), inSentence.get(0).start());
      int to = inSentence.isEmpty() ? sentence.end() : Math.max(sentence.end(), inSentence.get(inSentence.size() - 1).end());
      List<Word> words = Word.of(text, from, to, inSentence);
      SentenceAttribution attribution = new SentenceAttribution(text, words);
      for (Mentions.Range r : attribution.mentions()) {
        discourse.mention(attribution.spanOf(r), attribution.featuresOf(r), s, attribution.topic(r));
      }
      if (inSentence.isEmpty()) {
        boolean unattributed = pendingAlone >= 0 && out.get(pendingAlone).speaker() == null
            && out.get(pendingAlone).speech();
        if (pendingAlone >= 0 && s == pendingSentence + 1 && (pointsBack(words) || unattributed)) {
          Frame named = attribution.ofSentence();
          if (named == null || named.speaker() == null || named.isPronoun()) {
            named = attribution.clauseSubject();
          }
          if (named != null && unattributed && !pointsBack(words) && named.features().kind() != Features.Kind.PERSON) {
            named = null;
          }
          if (named != null && named.speaker() != null && !named.isPronoun()) {
            Quote q = out.get(pendingAlone);
            Speaker sp = new Speaker(named.speaker(), named.speaker().of(text), Attribution.AFTER_QUOTE);
            out.set(pendingAlone, new Quote(q.span(), q.content(), q.text(), true, sp, null, q.via()));
          }
        }
        pendingAlone = -1;
        Frame found = attribution.ofSentence();
        Discourse.Named reporter = found == null ? null : discourse.resolve(found, s);
        Discourse.Named main = null;
        Discourse.Named subordinate = null;
        List<Frame> clauses = attribution.clauseSubjects();
        int mainClause = attribution.mainClause(clauses);
        for (int i = 0; i < clauses.size(); i++) {
          Discourse.Named named = discourse.resolve(clauses.get(i), s);
          if (named != null) {
            discourse.note(named, s);
            if (i < mainClause) {
              subordinate = named;
            } else {
              main = main == null ? named : main;
            }
          }
        }
        main = main == null ? subordinate : main;
        if (reporter != null || main != null) {
          discourse.remember(reporter != null ? reporter : main, s);
        }
        continue;
      }
      int firstOfSentence = out.size();
      pendingAlone = inSentence.size() == 1 && standsAlone(words, indexOf(words, inSentence.get(0))) ? out.size() : -1;
      pendingSentence = s;
      List<Frame> subjects = attribution.clauseSubjects();
      for (Frame subject : subjects) {
        Discourse.Named named = subject.isPronoun() ? null : discourse.resolve(subject, s);
        if (named != null) {
          discourse.note(named, s);
        }
      }
      Discourse.Named previous = null;
      List<Frame> founds = new ArrayList<>();
      List<Boolean> names = new ArrayList<>();
      for (Span mark : inSentence) {
        int q = indexOf(words, mark);
        boolean name = name(text, words, q);
        names.add(name);
        Frame found = name ? null : attribution.of(q);
        founds.add(found);
        Discourse.Named speaker = name ? null : attribute(text, words, q, found, previous, discourse, s);
        out.add(name ? new Quote(mark, inner(text, mark), inner(text, mark).of(text), false, null, null, null)
            : quote(text, mark, speaker, found));
        if (speaker != null) {
          discourse.rememberQuoted(speaker, s);
          previous = speaker;
        }
      }
      shareBackwards(out.subList(firstOfSentence, out.size()), founds, names);
      for (Frame subject : subjects) {
        Discourse.Named named = subject.isPronoun() ? discourse.resolve(subject, s) : null;
        if (named != null) {
          discourse.note(named, s);
        }
      }
    }
    return Repetitions.attribute(out, text, paragraphs);
  }

  /**
   * Quotations of one sentence that have no frame of their own share the speaker of a later one
   * ("ont saisi le CSM pour « l'alerter » sur « les attaques » de la ministre « contre
   * l'indépendance… »": the fragments are the same people's words).
   */
  private static void shareBackwards(List<Quote> sentence, List<Frame> founds, List<Boolean> names) {
    for (int i = sentence.size() - 2; i >= 0; i--) {
      Quote q = sentence.get(i);
      Speaker next = sentence.get(i + 1).speaker();
      if (q.speaker() == null && founds.get(i) == null && !names.get(i) && next != null) {
        sentence.set(i, new Quote(q.span(), q.content(), q.text(), true,
            new Speaker(next.span(), next.text(), Attribution.CONTINUATION), null, null));
      }
    }
  }

  /**
   * A name or title in quotation marks: three words at most, capitalised, after a preposition or
   * a determiner ("bénévole au « Secours pop »", "paru dans « Le Monde »").
   */
  private static boolean name(String text, List<Word> words, int q) {
    String quoted = inner(text, words.get(q).span()).of(text);
    if (quoted.isEmpty() || !Character.isUpperCase(quoted.charAt(0)) || wordCount(quoted) > 3 || q == 0) {
      return false;
    }
    String before = words.get(q - 1).folded();
    return LABEL_INTRODUCERS.contains(before);
  }

  private static final Set<String> LABEL_INTRODUCERS = Set.of(
      "au", "aux", "du", "des", "de", "d'", "le", "la", "les", "l'", "dans", "sur", "par", "a", "en", "un", "une",
      "the", "in", "on", "of", "at");

  /** Who said the quotation {@code mark}, or {@code null}. */
  private static Discourse.Named attribute(String text, List<Word> words, int q, Frame found,
      Discourse.Named previousInSentence, Discourse discourse, int sentence) {
    String quoted = inner(text, words.get(q).span()).of(text);
    Discourse.Named latest = discourse.latest();
    int sinceLatest = discourse.sinceLatest(sentence);
    if (found != null && (found.isPronoun() || found.speaker() != null)) {
      Discourse.Named named = discourse.resolve(found, sentence);
      if (named != null || found.isPronoun()) {
        return named;
      }
    } else if (found != null) {
      if (!found.inherit()) {
        return null;
      }
      Discourse.Named own = discourse.personSubjectOf(sentence, words.get(q).span().start());
      return previousInSentence != null ? previousInSentence.as(Attribution.CONTINUATION) : own != null ? own
          : latest != null && sinceLatest <= 1 ? latest.as(Attribution.CONTINUATION) : discourse.lastSubject(sentence);
    }
    if (previousInSentence != null) {
      return previousInSentence.as(Attribution.CONTINUATION);
    }
    Discourse.Named own = standsAlone(words, q) || wordCount(quoted) < 3 ? null
        : discourse.personSubjectOf(sentence, words.get(q).span().start());
    if (own != null) {
      return own;
    }
    if (latest != null && (standsAlone(words, q) && sinceLatest <= 2 && wordCount(quoted) >= SPEECH_MIN_WORDS
        || sinceLatest <= 1 && wordCount(quoted) >= SPEECH_MIN_WORDS - 1)) {
      return latest.as(Attribution.CONTINUATION);
    }
    Discourse.Named lastQuoted = standsAlone(words, q) && wordCount(quoted) >= SPEECH_MIN_WORDS
        ? discourse.lastQuoted(sentence, STANDALONE_WINDOW) : null;
    return lastQuoted == null ? null : lastQuoted.as(Attribution.CONTINUATION);
  }

  /**
   * The quotation {@code mark} with its speaker; without one, speech when a pronoun that could not
   * be resolved reports it ("qu'ils jugent « inadmissibles »") or when long enough.
   */
  private static Quote quote(String text, Span mark, Discourse.Named speaker, Frame found) {
    Span content = inner(text, mark);
    String quoted = content.of(text);
    boolean speech = speaker != null || found != null && found.isPronoun() || wordCount(quoted) >= SPEECH_MIN_WORDS;
    if (!speech) {
      return new Quote(mark, content, quoted, false, null, null, null);
    }
    String verb = found == null ? null : found.verb();
    Speaker via = found == null || found.via() == null ? null
        : new Speaker(found.via(), found.via().of(text), Attribution.ACCORDING_TO);
    return new Quote(mark, content, quoted, true, speaker == null ? null : speaker.speaker(), verb, via);
  }

  /**
   * "C'est par ces mots que X…", "Ainsi s'exprimait X", "C'est ce qu'a déclaré X", "Ce sont les
   * propos de X": the sentence names who said the last quotation.
   */
  private static boolean pointsBack(List<Word> words) {
    for (int i = 0; i + 1 < words.size() && i < 6; i++) {
      String a = words.get(i).folded();
      String b = words.get(i + 1).folded();
      if ((a.equals("ces") || a.equals("these") || a.equals("tels") || a.equals("telles") || a.equals("such"))
          && (b.equals("mots") || b.equals("termes") || b.equals("propos") || b.equals("paroles") || b.equals("words")
          || b.equals("sont") || b.equals("were"))) {
        return true;
      }
      if (i == 0 && a.equals("ainsi") && ReportingLexicon.isVerb(b)) {
        return true;
      }
      if ((a.equals("c'est") || a.equals("voila")) && (b.equals("ce") || b.startsWith("qu'") || b.equals("ainsi"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence is the quotation alone (with punctuation around it). */
  private static boolean standsAlone(List<Word> words, int q) {
    for (int i = 0; i < words.size(); i++) {
      if (i != q && words.get(i).kind() != Word.PUNCT) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(List<Word> words, Span mark) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).kind() == Word.QUOTE && words.get(i).span().equals(mark)) {
        return i;
      }
    }
    throw new IllegalStateException("quotation " + mark + " not among its sentence's words");
  }

  /** The quoted words without the marks and the spaces inside them. */
  private static Span inner(String text, Span mark) {
    int start = mark.start() + 1;
    int end = mark.end() - 1;
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Words as separated by spaces ("l'Europe" is one). */
  private static int wordCount(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean word = !Character.isWhitespace(c) && !Character.isSpaceChar(c);
      if (word && !in && Character.isLetterOrDigit(c)) {
        n++;
        in = true;
      } else if (!word) {
        in = false;
      }
    }
    return n;
  }
}
