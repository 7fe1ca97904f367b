package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name after a lower-case place or institution noun is that place, not the person it honours:
 * "la place Kim Il Sung", "l'avenue Charles-de-Gaulle", "l'aéroport John F. Kennedy" are places,
 * "le lycée Victor Hugo" an organisation.
 */
final class RetypeNamedPlaces implements MentionRule {
  private static final Set<String> PLACES = Set.of(
      "place", "rue", "avenue", "boulevard", "quai", "pont", "aéroport", "gare", "stade", "station", "parc",
      "square", "esplanade", "allée", "impasse", "cours", "port", "tunnel", "barrage", "cap", "mont", "canal",
      "street", "airport", "bridge", "stadium", "park");
  private static final Set<String> INSTITUTIONS = Set.of(
      "université", "lycée", "collège", "école", "hôpital", "musée", "fondation", "institut", "centre",
      "university", "college", "school", "hospital", "museum", "foundation", "institute");

  @Override
  public List<Candidate> apply(SentenceView s, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      boolean personLike = c.type() == EntityType.PER || c.type() == EntityType.MISC;
      if (!personLike || c.first() == 0 || s.capitalised(c.first() - 1)) {
        out.add(c);
        continue;
      }
      String before = s.lower(c.first() - 1);
      if (PLACES.contains(before)) {
        out.add(c.withType(EntityType.LOC));
      } else if (INSTITUTIONS.contains(before)) {
        out.add(c.withType(EntityType.ORG));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
