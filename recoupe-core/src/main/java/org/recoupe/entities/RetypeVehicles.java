package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Products and vehicles taken for persons or places become MISC: a name right after a vehicle noun
 * ("la limousine Aurus", "le missile Hwasong"), or after an indefinite article or ordinal
 * ("une Aurus", "sa deuxième Aurus") in a sentence that speaks of vehicles.
 */
final class RetypeVehicles implements MentionRule {
  private static final int WINDOW = 8;

  @Override
  public List<Candidate> apply(SentenceView s, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      boolean thing = c.type() != EntityType.MISC && c.first() > 0
          && (Lexicon.VEHICLE_NOUNS.contains(s.lower(c.first() - 1))
              || (Lexicon.COUNTING_WORDS.contains(s.word(c.first() - 1)) && vehicleNear(s, c)));
      out.add(thing ? c.withType(EntityType.MISC) : c);
    }
    return out;
  }

  private static boolean vehicleNear(SentenceView s, Candidate c) {
    int from = Math.max(0, c.first() - WINDOW);
    int to = Math.min(s.size(), c.end() + WINDOW);
    for (int i = from; i < to; i++) {
      if ((i < c.first() || i >= c.end()) && Lexicon.VEHICLE_NOUNS.contains(s.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
