package org.recoupe.quotes;

/**
 * Decides whether two quotations are wordings of one statement, in the same language or in French
 * and English, without any model: the content words of the quotation with fewer of them are
 * aligned, in any order, with those of the other through the keys of {@link QuoteTerms} (same
 * stem, cognate, lexicon meaning, name, country, number). They are one statement when enough of
 * its words align (so a shorter excerpt joins the full quote), every number it gives is in the
 * other, and the speakers do not differ; the bar is higher across languages, where unrelated words
 * align more easily, and when neither speaker is known.
 */
final class StatementMatcher {
  /** How the speakers of two quotations compare. */
  enum Speakers {
    /** The same canonical entity, or names that agree. */
    SAME,
    /** At least one side has no speaker. */
    UNKNOWN,
    /** Two different people. */
    DIFFERENT
  }

  private static final int MIN_ALIGNED = 3;
  private static final double SAME_LANGUAGE = 0.6;
  private static final double CROSS_LANGUAGE = 0.6;
  private static final double UNKNOWN_SPEAKER = 0.1;

  /**
   * How well the shorter quotation's words align with the longer one's.
   *
   * @param shorter how many content words the shorter quotation has
   * @param aligned how many of them align with the other's
   * @param longerAligned how many of the longer quotation's words align with the shorter's
   * @param longer how many content words the longer quotation has
   * @param numbersAgree whether every number of the shorter quotation is in the longer
   * @param coverage the weighted share of the shorter quotation's words that align
   */
  record Alignment(int shorter, int aligned, int longerAligned, int longer, boolean numbersAgree, double coverage) {}

  /** The word alignment of two quotations, words weighed by {@code weights}. */
  static Alignment align(QuoteTerms a, QuoteTerms b, TermWeights weights) {
    QuoteTerms s = a.size() <= b.size() ? a : b;
    QuoteTerms l = s == a ? b : a;
    int aligned = 0;
    boolean numbers = true;
    double total = 0;
    double found = 0;
    for (QuoteTerms.Term t : s.terms()) {
      boolean matched = aligns(t, l);
      double w = weights.of(t);
      total += w;
      found += matched ? w : 0;
      aligned += matched ? 1 : 0;
      numbers &= matched || !t.number();
    }
    int longerAligned = 0;
    for (QuoteTerms.Term t : l.terms()) {
      longerAligned += aligns(t, s) ? 1 : 0;
    }
    return new Alignment(s.size(), aligned, longerAligned, l.size(), numbers, total == 0 ? 0 : found / total);
  }

  private static boolean aligns(QuoteTerms.Term t, QuoteTerms other) {
    for (String k : t.keys()) {
      if (other.keys().contains(k)) {
        return true;
      }
    }
    return !t.number() && other.hasCognateOf(t);
  }

  /** Whether quotations {@code a} and {@code b} are one statement, words weighed by {@code weights}. */
  static boolean same(QuoteTerms a, QuoteTerms b, boolean crossLanguage, Speakers speakers, TermWeights weights) {
    if (speakers == Speakers.DIFFERENT || a.size() == 0 || b.size() == 0) {
      return false;
    }
    Alignment x = align(a, b, weights);
    if (!x.numbersAgree()) {
      return false;
    }
    if (x.shorter() < MIN_ALIGNED) {
      int spare = x.shorter() == 1 ? 0 : 1;
      return x.aligned() == x.shorter() && x.longerAligned() >= x.longer() - spare && x.longer() <= x.shorter() + spare;
    }
    double bar = (crossLanguage ? CROSS_LANGUAGE : SAME_LANGUAGE)
        + (speakers == Speakers.UNKNOWN ? UNKNOWN_SPEAKER : 0);
    return x.aligned() >= MIN_ALIGNED && x.coverage() >= bar;
  }
}
