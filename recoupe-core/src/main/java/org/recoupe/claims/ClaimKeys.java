package org.recoupe.claims;

import java.util.List;
import org.recoupe.document.Key;

/** The annotation keys of the claims capability. */
public final class ClaimKeys {
  private ClaimKeys() {}

  /** The article's structured claims, one per factual sentence at most, in text order. */
  public static final Key<List<Claim>> CLAIMS = Key.generic("claims", List.class);
}
