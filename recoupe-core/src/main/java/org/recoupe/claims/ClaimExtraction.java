package org.recoupe.claims;

import java.util.Set;
import org.recoupe.document.Document;
import org.recoupe.document.Key;
import org.recoupe.document.Keys;
import org.recoupe.entities.EntityKeys;
import org.recoupe.pipeline.Stage;
import org.recoupe.quotes.QuoteKeys;
import org.recoupe.time.TimeKeys;

/** The stage that reads each article's structured claims ({@link ClaimKeys#CLAIMS}). */
public final class ClaimExtraction implements Stage {
  private final ClaimExtractor extractor = new ClaimExtractor();

  @Override
  public String name() {
    return "claims";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, Keys.SENTENCES, Keys.METADATA, EntityKeys.ENTITIES, TimeKeys.TIMEXES, QuoteKeys.QUOTES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(ClaimKeys.CLAIMS);
  }

  @Override
  public Document apply(Document document) {
    return document.with(ClaimKeys.CLAIMS, extractor.extract(document));
  }
}
