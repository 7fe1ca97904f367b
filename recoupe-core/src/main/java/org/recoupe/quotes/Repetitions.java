package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recoupe.document.Span;
import org.recoupe.quotes.Speaker.Attribution;

/**
 * Headlines and intertitles that quote the article (« Un état de santé satisfaisant » above the
 * paragraph where the doctor "a conclu à un « état de santé satisfaisant »"): a quotation long
 * enough to be speech that is a paragraph by itself takes the speaker of the first later quotation that repeats most of its
 * words and has a speaker; failing that, when nothing before it named a speaker, the speaker the
 * next paragraph attributes a quotation to.
 */
final class Repetitions {
  private Repetitions() {}

  private static final double SHARED = 0.75;
  private static final int MIN_WORDS = 3;

  /** {@code quotes}, with headline quotations attributed from the text after them. */
  static List<Quote> attribute(List<Quote> quotes, String text, List<Span> paragraphs) {
    List<Quote> out = new ArrayList<>(quotes);
    for (int i = 0; i < out.size(); i++) {
      Quote q = out.get(i);
      int p = alone(q, text, paragraphs);
      if (p < 0 || !q.speech() || q.speaker() != null && q.speaker().how() != Attribution.CONTINUATION) {
        continue;
      }
      Quote source = repetition(out, i);
      if (source == null && q.speaker() == null) {
        source = nextAttributed(out, i, paragraphs, p);
      }
      if (source != null) {
        Speaker sp = source.speaker();
        out.set(i, new Quote(q.span(), q.content(), q.text(), true,
            new Speaker(sp.span(), sp.text(), Attribution.HEADLINE), source.verb(), source.via()));
      }
    }
    return out;
  }

  /** The first later quotation with a speaker that repeats most of the words of quotation {@code i}. */
  private static Quote repetition(List<Quote> quotes, int i) {
    List<String> words = words(quotes.get(i).text());
    if (words.size() < MIN_WORDS) {
      return null;
    }
    for (int j = i + 1; j < quotes.size(); j++) {
      Quote later = quotes.get(j);
      if (later.speaker() != null && repeats(words, words(later.text()))) {
        return later;
      }
    }
    return null;
  }

  /** The first quotation of the next paragraph with quotations, if its speaker is named there. */
  private static Quote nextAttributed(List<Quote> quotes, int i, List<Span> paragraphs, int p) {
    for (int j = i + 1; j < quotes.size(); j++) {
      Quote later = quotes.get(j);
      if (later.span().start() >= paragraphs.get(Math.min(paragraphs.size() - 1, p + 2)).end()) {
        return null;
      }
      if (later.speaker() != null) {
        Attribution how = later.speaker().how();
        return how == Attribution.CONTINUATION ? null : later;
      }
    }
    return null;
  }

  private static boolean repeats(List<String> headline, List<String> later) {
    Set<String> body = new HashSet<>(later);
    int shared = 0;
    for (String w : headline) {
      if (body.contains(w)) {
        shared++;
      }
    }
    return shared >= MIN_WORDS && shared >= SHARED * headline.size();
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : ReportingLexicon.fold(s).split("[^\\p{L}\\p{N}']+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The index of the paragraph the quotation is the whole of (punctuation aside), or -1. */
  private static int alone(Quote q, String text, List<Span> paragraphs) {
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      if (para.contains(q.span())) {
        return onlyPunctuation(text, para.start(), q.span().start()) && onlyPunctuation(text, q.span().end(), para.end())
            ? p : -1;
      }
    }
    return -1;
  }

  private static boolean onlyPunctuation(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
