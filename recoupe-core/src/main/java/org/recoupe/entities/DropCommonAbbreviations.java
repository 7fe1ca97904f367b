package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops one-word mentions that are capitalised abbreviations of common nouns, units or formats
 * ("BC", "DVD", "UTC", "PDG"), which taggers take for organisations.
 */
final class DropCommonAbbreviations implements MentionRule {
  @Override
  public List<Candidate> apply(SentenceView s, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (!Lexicon.COMMON_ABBREVIATIONS.contains(s.textOf(c))) {
        out.add(c);
      }
    }
    return out;
  }
}
