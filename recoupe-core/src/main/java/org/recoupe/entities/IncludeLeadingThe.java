package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Span;

/**
 * In English, a capitalised "The" inside a sentence belongs to the name it precedes ("The New York
 * Times", "The Beatles"): organisations and other names are extended over it. At the start of a
 * sentence the capital says nothing and the article stays out.
 */
final class IncludeLeadingThe implements MentionRule {
  @Override
  public List<Candidate> apply(SentenceView s, List<Candidate> candidates) {
    if (!"en".equals(s.language())) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    int previousEnd = 0;
    for (Candidate c : candidates) {
      int the = c.first() - 1;
      boolean extend = (c.type() == EntityType.ORG || c.type() == EntityType.MISC) && the >= previousEnd
          && the > 0 && s.word(the).equals("The") && !TrimEdges.startsSentence(s, the);
      Candidate d = extend ? new Candidate(the, c.end(), new Span(s.tokenSpan(the).start(), c.span().end()), c.type()) : c;
      out.add(d);
      previousEnd = d.end();
    }
    return out;
  }
}
