package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Span;

/**
 * Takes titles and functions off the front of a person ("M. Macron", "vice-Premier Kim",
 * "President Biden") and drops mentions that are only titles ("Président", "M.").
 */
final class StripTitles implements MentionRule {
  @Override
  public List<Candidate> apply(SentenceView s, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      int first = c.first();
      while (first < c.end() && isTitlePart(s, first)) {
        first++;
      }
      if (first == c.end()) {
        continue;
      }
      if (first > c.first() && c.type() == EntityType.PER) {
        out.add(new Candidate(first, c.end(), new Span(s.tokenSpan(first).start(), c.span().end()), c.type()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** A title word, or "vice"/"ex" and the hyphen gluing them to one ("vice - Premier"). */
  private static boolean isTitlePart(SentenceView s, int i) {
    String lower = s.lower(i);
    if (Lexicon.TITLES.contains(lower)) {
      return true;
    }
    boolean prefix = (lower.equals("vice") || lower.equals("ex")) && s.glued(i + 1);
    boolean hyphen = lower.equals("-") && s.glued(i) && (s.lower(i - 1).equals("vice") || s.lower(i - 1).equals("ex"));
    return prefix || hyphen;
  }
}
