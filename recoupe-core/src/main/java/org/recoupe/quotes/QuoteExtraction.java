package org.recoupe.quotes;

import java.util.Set;
import org.recoupe.document.Document;
import org.recoupe.document.Key;
import org.recoupe.document.Keys;
import org.recoupe.pipeline.Stage;

/** The stage that finds each article's quotations and speakers ({@link QuoteKeys#QUOTES}). */
public final class QuoteExtraction implements Stage {
  private final QuoteFinder finder = new QuoteFinder();

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, Keys.PARAGRAPHS);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(QuoteKeys.QUOTES);
  }

  @Override
  public Document apply(Document document) {
    return document.with(QuoteKeys.QUOTES, finder.find(document.get(Keys.TEXT), document.get(Keys.PARAGRAPHS)));
  }
}
