package org.recoupe.entities;

import java.util.List;

/** One general correction of a statistical tagger's mentions within a sentence. */
interface MentionRule {
  /** Returns the corrected candidates, in text order; never mutates {@code candidates}. */
  List<Candidate> apply(SentenceView sentence, List<Candidate> candidates);
}
