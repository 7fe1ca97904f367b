package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recoupe.document.Span;
import org.recoupe.quotes.Speaker.Attribution;

/**
 * Headlines and intertitles that quote the article («  Un état de santé satisfaisant » above the
 * paragraph where the doctor "a conclu à un « état de santé satisfaisant »"): a quotation that is
 * a paragraph by itself takes the speaker of the first later quotation that repeats most of its
 * words and has a speaker.
 */
final class Repetitions {
  private Repetitions() {}

  private static final double SHARED = 0.75;
  private static final int MIN_WORDS = 3;

  /** {@code quotes}, with headline quotations attributed from their repetitions. */
  static List<Quote> attribute(List<Quote> quotes, String text, List<Span> paragraphs) {
    List<Quote> out = new ArrayList<>(quotes);
    for (int i = 0; i < out.size(); i++) {
      Quote q = out.get(i);
      if (!alone(q, text, paragraphs) || q.speaker() != null && q.speaker().how() != Attribution.CONTINUATION) {
        continue;
      }
      List<String> words = words(q.text());
      if (words.size() < MIN_WORDS) {
        continue;
      }
      for (int j = i + 1; j < out.size(); j++) {
        Quote later = out.get(j);
        Speaker sp = later.speaker();
        if (sp != null && repeats(words, words(later.text()))) {
          out.set(i, new Quote(q.span(), q.content(), q.text(), true,
              new Speaker(sp.span(), sp.text(), Attribution.REPEATED), later.verb(), later.via()));
          break;
        }
      }
    }
    return out;
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

  /** Whether the quotation is the whole of its paragraph, punctuation aside. */
  private static boolean alone(Quote q, String text, List<Span> paragraphs) {
    for (Span p : paragraphs) {
      if (p.contains(q.span())) {
        return onlyPunctuation(text, p.start(), q.span().start()) && onlyPunctuation(text, q.span().end(), p.end());
      }
    }
    return false;
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
