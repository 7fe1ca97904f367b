package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoupe.document.Span;

/**
 * Takes off what a span swallowed around the name: punctuation and guillemets ("« Pyongyang"),
 * lower-case articles and prepositions ("au Japon", "l’ONU"), contracted prepositions ("Aux
 * États-Unis") and a sentence-initial article ("La Chine a..."). Mid-sentence capitalised articles
 * stay, since they belong to names ("Le Monde", "The Beatles"). Drops spans left empty.
 */
final class TrimEdges implements MentionRule {
  /** An elided article or pronoun glued to a capitalised name inside one token: "l’ONU", "d'Israël". */
  private static final Pattern ELISION =
      Pattern.compile("^(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\\p{Lu})");

  @Override
  public List<Candidate> apply(SentenceView s, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      int first = c.first();
      int end = c.end();
      while (first < end && dropAtStart(s, first, c.type())) {
        first++;
      }
      while (end > first && dropAtEnd(s, end - 1)) {
        end--;
      }
      if (first == end) {
        continue;
      }
      int start = Math.max(c.span().start(), s.tokenSpan(first).start());
      int stop = Math.min(c.span().end(), s.tokenSpan(end - 1).end());
      String text = s.text();
      Matcher elision = ELISION.matcher(text.substring(start, stop));
      if (elision.find()) {
        start += elision.end();
      }
      while (start < stop && !Character.isLetterOrDigit(text.codePointAt(start))) {
        start += Character.charCount(text.codePointAt(start));
      }
      while (stop > start && isClosing(text.charAt(stop - 1))) {
        stop--;
      }
      if (start < stop) {
        out.add(new Candidate(first, end, new Span(start, stop), c.type()));
      }
    }
    return out;
  }

  private static boolean dropAtStart(SentenceView s, int i, EntityType type) {
    String word = s.word(i);
    String lower = s.lower(i);
    if (Lexicon.isEdgePunctuation(word)) {
      return true;
    }
    if (!s.capitalised(i)) {
      boolean particle = type == EntityType.PER && (lower.equals("de") || lower.startsWith("d'") || lower.startsWith("d’"));
      return Lexicon.FUNCTION_WORDS.contains(lower) && !particle;
    }
    return Lexicon.CONTRACTIONS.contains(lower) || (startsSentence(s, i) && Lexicon.LEADING_ARTICLES.contains(lower));
  }

  private static boolean dropAtEnd(SentenceView s, int i) {
    return Lexicon.isEdgePunctuation(s.word(i)) || (!s.capitalised(i) && Lexicon.FUNCTION_WORDS.contains(s.lower(i)));
  }

  /** Whether only punctuation comes before token {@code i} in its sentence. */
  static boolean startsSentence(SentenceView s, int i) {
    for (int j = 0; j < i; j++) {
      if (!Lexicon.isEdgePunctuation(s.word(j))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isClosing(char c) {
    return ",;:!?»\"”’)]}".indexOf(c) >= 0;
  }
}
