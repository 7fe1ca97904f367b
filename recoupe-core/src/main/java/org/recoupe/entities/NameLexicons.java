package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Span;

/**
 * Names whose type a lexicon knows better than the tagger: news agencies are organisations
 * ("TASS", "RIA Novosti", "AFP"), countries and continents are places ("France", "Corée du Sud").
 * A mention that is exactly such a name gets its type (countries: only over PER or MISC, since a
 * country's name also stands for its team or government); such a name no mention covers is added.
 */
final class NameLexicons implements MentionRule {
  private static final int LONGEST = 4;

  @Override
  public List<Candidate> apply(SentenceView s, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      EntityType known = typeOf(s.textOf(c));
      boolean retype = known == EntityType.ORG || (known == EntityType.LOC
          && (c.type() == EntityType.PER || c.type() == EntityType.MISC));
      out.add(retype ? c.withType(known) : c);
    }
    List<Candidate> added = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      if (!s.capitalised(i) || covered(out, i)) {
        continue;
      }
      for (int n = Math.min(LONGEST, s.size() - i); n >= 1; n--) {
        Span span = new Span(s.tokenSpan(i).start(), s.tokenSpan(i + n - 1).end());
        EntityType known = typeOf(span.of(s.text()));
        if (known != null && !coveredAny(out, i, i + n)) {
          added.add(new Candidate(i, i + n, span, known));
          i += n - 1;
          break;
        }
      }
    }
    if (added.isEmpty()) {
      return out;
    }
    out.addAll(added);
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  private static EntityType typeOf(String text) {
    if (Lexicon.AGENCIES.contains(text)) {
      return EntityType.ORG;
    }
    return Places.isCountry(text) ? EntityType.LOC : null;
  }

  private static boolean covered(List<Candidate> cs, int token) {
    return coveredAny(cs, token, token + 1);
  }

  private static boolean coveredAny(List<Candidate> cs, int first, int end) {
    for (Candidate c : cs) {
      if (c.first() < end && first < c.end()) {
        return true;
      }
    }
    return false;
  }
}
