package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recoupe.document.Span;

/**
 * Cuts paragraphs into sentences for attribution, reading each quotation as an opaque block, so that
 * « Phrase un. Phrase deux », a-t-il dit. stays one sentence. Abbreviations such as M., MM., Mme,
 * Dr., Mr. and initials do not end a sentence.
 */
final class SentenceWindows {
  private SentenceWindows() {}

  private static final Set<String> ABBREVIATIONS = Set.copyOf(List.of(
      "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "mr", "mrs", "ms",
      "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "prof", "etc", "cf", "av",
      "j.-c", "no", "vol", "fig", "u.s", "u.k", "u.n", "dept", "mt", "ft", "vs", "approx"));

  /** Month abbreviations, which end no sentence before a day number ("Oct. 26", "Sept. 3", "févr. 2008"). */
  private static final Set<String> MONTHS = Set.of("jan", "feb", "aug", "sept", "oct", "nov", "dec", "janv", "fev",
      "fevr", "avr", "juil");

  /** The sentences of every paragraph, in order; a quotation running over paragraphs joins them. */
  static List<Span> of(String text, List<Span> paragraphs, List<Span> quotes) {
    List<Span> out = new ArrayList<>();
    int q = 0;
    int p = 0;
    while (p < paragraphs.size()) {
      Span para = paragraphs.get(p);
      int start = para.start();
      int i = para.start();
      while (i < para.end()) {
        while (q < quotes.size() && quotes.get(q).end() <= i) {
          q++;
        }
        if (q < quotes.size() && quotes.get(q).start() == i) {
          Span quote = quotes.get(q);
          i = quote.end();
          while (i > para.end() && p + 1 < paragraphs.size()) {
            para = paragraphs.get(++p);
          }
          if (endsSentence(text, quote) && startsNew(text, i, para.end())) {
            out.add(new Span(start, i));
            start = skipSpace(text, i, para.end());
          }
          continue;
        }
        char c = text.charAt(i);
        if ((c == '.' || c == '!' || c == '?' || c == '…') && startsNew(text, i + 1, para.end())
            && !(c == '.' && abbreviation(text, start, i))) {
          out.add(new Span(start, i + 1));
          start = skipSpace(text, i + 1, para.end());
        }
        i++;
      }
      if (start < para.end()) {
        out.add(new Span(start, para.end()));
      }
      p++;
    }
    return out;
  }

  private static boolean endsSentence(String text, Span quote) {
    for (int j = quote.end() - 2; j > quote.start(); j--) {
      char c = text.charAt(j);
      if (!Character.isWhitespace(c)) {
        return c == '.' || c == '!' || c == '?' || c == '…';
      }
    }
    return false;
  }

  /** After optional spaces, an upper-case letter, a digit or an opening mark (or the end). */
  private static boolean startsNew(String text, int from, int end) {
    int j = skipSpace(text, from, end);
    if (j >= end) {
      return true;
    }
    if (j == from) {
      return false;
    }
    char c = text.charAt(j);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '«' || c == '“' || c == '"' || c == '(' || c == '—' || c == '-';
  }

  private static boolean abbreviation(String text, int sentenceStart, int dot) {
    int j = dot;
    while (j > sentenceStart && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '.' || text.charAt(j - 1) == '-')) {
      j--;
    }
    String word = ReportingLexicon.fold(text.substring(j, dot));
    return word.length() == 1 && Character.isUpperCase(text.charAt(j)) || ABBREVIATIONS.contains(word)
        || MONTHS.contains(word) && dayFollows(text, dot + 1);
  }

  private static boolean dayFollows(String text, int from) {
    int k = from;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    return k < text.length() && Character.isDigit(text.charAt(k));
  }

  private static int skipSpace(String text, int from, int end) {
    int j = from;
    while (j < end && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }
}
