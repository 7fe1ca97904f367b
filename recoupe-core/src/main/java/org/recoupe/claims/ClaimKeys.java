package org.recoupe.claims;

import java.util.List;
import org.recoupe.document.Key;

/** The annotation keys of the claims capability. */
public final class ClaimKeys {
  private ClaimKeys() {}

  /** The article's structured claims in text order: for each factual sentence, its main clause's, then its other main clauses'. */
  public static final Key<List<Claim>> CLAIMS = Key.generic("claims", List.class);
}
