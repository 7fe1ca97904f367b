package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Span;

/**
 * Extends a mention over the parts of a hyphenated name the tokenizer split off: "Kim Jong" +
 * "-il", "Moon Jae - in" (lower-case syllables, persons only), "Jean -" + "Pierre" (capitalised
 * parts, any type). Only untagged tokens written with no space around the hyphen are taken.
 */
final class JoinHyphenated implements MentionRule {
  @Override
  public List<Candidate> apply(SentenceView s, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      int limit = k + 1 < candidates.size() ? candidates.get(k + 1).first() : s.size();
      int floor = out.isEmpty() ? 0 : out.get(out.size() - 1).end();
      int end = c.end();
      int step;
      while ((step = continuation(s, end, limit, c.type())) > 0) {
        end += step;
      }
      int first = c.first();
      while (first - 2 >= floor && s.glued(first) && isHyphen(s.word(first - 1)) && s.glued(first - 1)
          && s.capitalised(first - 2) && s.capitalised(first)) {
        first -= 2;
      }
      if (first == c.first() && end == c.end()) {
        out.add(c);
      } else {
        int start = first == c.first() ? c.span().start() : s.tokenSpan(first).start();
        int stop = end == c.end() ? c.span().end() : s.tokenSpan(end - 1).end();
        out.add(new Candidate(first, end, new Span(start, stop), c.type()));
      }
    }
    return out;
  }

  /** How many tokens from {@code i} continue the name: a glued "-" and word (2), a glued "-word" (1), or 0. */
  private static int continuation(SentenceView s, int i, int limit, EntityType type) {
    if (i >= limit || !s.glued(i)) {
      return 0;
    }
    String w = s.word(i);
    if (isHyphen(w)) {
      return i + 1 < limit && s.glued(i + 1) && fits(s.word(i + 1), type) ? 2 : 0;
    }
    return w.length() > 1 && isHyphen(w.substring(0, 1)) && fits(w.substring(1), type) ? 1 : 0;
  }

  private static boolean fits(String part, EntityType type) {
    if (part.isEmpty() || !Character.isLetter(part.codePointAt(0))) {
      return false;
    }
    return Character.isUpperCase(part.codePointAt(0)) || (type == EntityType.PER && part.length() <= 4);
  }

  private static boolean isHyphen(String w) {
    return w.equals("-") || w.equals("‐") || w.equals("‑");
  }
}
