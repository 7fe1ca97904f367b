package org.recoupe.quotes;

/** Test helper: the speaker words QuoteFinder gives the quotation containing some words. */
final class Attributed {
  private Attributed() {}

  /** The speaker's words of the first quotation of {@code text} containing {@code words}, or null. */
  static String speakerOf(String text, String words) {
    Quote q = new QuoteFinder().find(text, Lines.paragraphs(text)).stream().filter(x -> x.text().contains(words))
        .findFirst().orElseThrow();
    return q.speaker() == null ? null : q.speaker().text();
  }
}
