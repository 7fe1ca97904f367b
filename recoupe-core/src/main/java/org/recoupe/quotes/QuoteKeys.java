package org.recoupe.quotes;

import java.util.List;
import org.recoupe.document.Key;

/** Annotation keys of the quotations capability. */
public final class QuoteKeys {
  private QuoteKeys() {}

  /** The quotations of {@code Keys.TEXT}, in order, with their speakers. */
  public static final Key<List<Quote>> QUOTES = Key.generic("quotes", List.class);
}
