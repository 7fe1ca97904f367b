package org.recoupe.entities;

/** The four CoNLL entity types a {@link Mention} can have. */
public enum EntityType {
  /** A person, real or fictional. */
  PER,
  /** An organisation: company, party, government body, agency, team. */
  ORG,
  /** A place: country, city, region, geographic feature. */
  LOC,
  /** Any other name: events, works, products, vehicles, nationalities. */
  MISC
}
