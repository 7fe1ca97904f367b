package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Span;

/**
 * Takes off a sentence-initial word that is capitalised only because it starts the sentence:
 * adverbs, conjunctions, pronouns, imperatives ("Selon", "Ensuite", "Regardez", "However").
 */
final class DropSentenceStarters implements MentionRule {
  @Override
  public List<Candidate> apply(SentenceView s, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      int first = c.first();
      if (!TrimEdges.startsSentence(s, first) || !Lexicon.SENTENCE_STARTERS.contains(s.lower(first))) {
        out.add(c);
        continue;
      }
      first++;
      while (first < c.end() && Lexicon.isEdgePunctuation(s.word(first))) {
        first++;
      }
      if (first < c.end()) {
        out.add(new Candidate(first, c.end(), new Span(s.tokenSpan(first).start(), c.span().end()), c.type()));
      }
    }
    return out;
  }
}
