package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Span;
import org.recoupe.quotes.Speaker.Attribution;

/**
 * Finds the quotations of one article and their speakers. Pronouns and quotations standing alone
 * are resolved to the latest named speaker; a quotation sharing a sentence with an attributed one
 * and no frame of its own inherits its speaker. Thread-safe (stateless).
 */
public final class QuoteFinder {
  private static final int SPEECH_MIN_WORDS = 5;

  /** The quotations of {@code text}, whose paragraphs are {@code paragraphs}, in order. */
  public List<Quote> find(String text, List<Span> paragraphs) {
    List<Span> marks = QuoteMarks.find(text, paragraphs);
    List<Span> sentences = SentenceWindows.of(text, paragraphs, marks);
    List<Quote> out = new ArrayList<>();
    Speaker latest = null;
    int latestSentence = -10;
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
      if (inSentence.isEmpty()) {
        if (pendingAlone >= 0 && s == pendingSentence + 1 && pointsBack(words)) {
          SentenceAttribution.Found named = attribution.namedSubject();
          if (named != null && named.speaker() != null) {
            Quote q = out.get(pendingAlone);
            Speaker sp = new Speaker(named.speaker(), named.speaker().of(text), Attribution.AFTER_QUOTE);
            out.set(pendingAlone, new Quote(q.span(), q.content(), q.text(), true, sp, null, q.via()));
          }
        }
        pendingAlone = -1;
        SentenceAttribution.Found found = attribution.ofSentence();
        if (found == null || found.speaker() == null) {
          found = attribution.namedSubject();
        }
        if (found != null && found.speaker() != null) {
          latest = new Speaker(found.speaker(), found.speaker().of(text), found.how());
          latestSentence = s;
        }
        continue;
      }
      int firstOfSentence = out.size();
      pendingAlone = inSentence.size() == 1 && standsAlone(words, indexOf(words, inSentence.get(0))) ? out.size() : -1;
      pendingSentence = s;
      for (Span mark : inSentence) {
        Quote quote = attribute(text, mark, words, attribution, out.subList(firstOfSentence, out.size()),
            latest, s - latestSentence);
        out.add(quote);
        if (quote.speaker() != null) {
          latest = quote.speaker();
          latestSentence = s;
        }
      }
    }
    return out;
  }

  private static Quote attribute(String text, Span mark, List<Word> words, SentenceAttribution attribution,
      List<Quote> earlierInSentence, Speaker latest, int sentencesSinceLatest) {
    int q = indexOf(words, mark);
    SentenceAttribution.Found found = attribution.of(q);
    Speaker previousInSentence = null;
    for (Quote e : earlierInSentence) {
      if (e.speaker() != null) {
        previousInSentence = e.speaker();
      }
    }
    Span content = inner(text, mark);
    String quoted = content.of(text);
    Speaker speaker = null;
    String verb = null;
    Speaker via = null;
    if (found != null) {
      verb = found.verb();
      if (found.speaker() != null) {
        speaker = new Speaker(found.speaker(), found.speaker().of(text), found.how());
      } else if (found.pronoun() && latest != null) {
        speaker = new Speaker(latest.span(), latest.text(), Attribution.PRONOUN);
      } else if (found.inherit() || found.pronoun()) {
        speaker = previousInSentence != null ? continuation(previousInSentence)
            : latest != null && sentencesSinceLatest <= 1 ? continuation(latest) : null;
      }
      if (found.via() != null) {
        via = new Speaker(found.via(), found.via().of(text), Attribution.ACCORDING_TO);
      }
    } else if (previousInSentence != null) {
      speaker = continuation(previousInSentence);
    } else if (latest != null && standsAlone(words, q) && sentencesSinceLatest <= 2
        && wordCount(quoted) >= SPEECH_MIN_WORDS) {
      speaker = continuation(latest);
    } else if (latest != null && sentencesSinceLatest <= 1 && wordCount(quoted) >= SPEECH_MIN_WORDS - 1) {
      speaker = continuation(latest);
    }
    boolean speech = speaker != null || wordCount(quoted) >= SPEECH_MIN_WORDS;
    return new Quote(mark, content, quoted, speech, speech ? speaker : null, speech ? verb : null, speech ? via : null);
  }

  /** "C'est par ces mots que X…", "Ce sont les propos de X": the sentence names who said the last quotation. */
  private static boolean pointsBack(List<Word> words) {
    for (int i = 0; i + 1 < words.size() && i < 6; i++) {
      String a = words.get(i).folded();
      String b = words.get(i + 1).folded();
      if ((a.equals("ces") || a.equals("these") || a.equals("tels") || a.equals("telles"))
          && (b.equals("mots") || b.equals("termes") || b.equals("propos") || b.equals("paroles") || b.equals("words"))) {
        return true;
      }
    }
    return false;
  }

  private static Speaker continuation(Speaker of) {
    return new Speaker(of.span(), of.text(), Attribution.CONTINUATION);
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
