package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Span;

/**
 * Splits a mention that runs over neighbouring entities: at commas, semicolons and slashes always
 * ("Bronze Age, Iron Age"), and at "et"/"and"/"&" for persons and places when both sides start
 * with a capital ("Paris et Londres"), unless the whole is a country name ("Trinidad and Tobago").
 */
final class SplitAtSeparators implements MentionRule {
  @Override
  public List<Candidate> apply(SentenceView s, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      boolean coordinates = (c.type() == EntityType.PER || c.type() == EntityType.LOC)
          && !Places.isCountry(s.textOf(c));
      int from = c.first();
      for (int i = c.first() + 1; i < c.end() - 1; i++) {
        String w = s.lower(i);
        boolean hard = w.equals(",") || w.equals(";") || w.equals("/");
        boolean soft = coordinates && (w.equals("et") || w.equals("and") || w.equals("&"))
            && s.capitalised(from) && s.capitalised(i + 1);
        if (hard || soft) {
          if (i > from) {
            out.add(part(s, c, from, i));
          }
          from = i + 1;
        }
      }
      out.add(from == c.first() ? c : part(s, c, from, c.end()));
    }
    return out;
  }

  private static Candidate part(SentenceView s, Candidate c, int first, int end) {
    Candidate whole = s.candidate(first, end, c.type());
    int start = Math.max(whole.span().start(), c.span().start());
    int stop = Math.min(whole.span().end(), c.span().end());
    return new Candidate(first, end, new Span(start, stop), c.type());
  }
}
