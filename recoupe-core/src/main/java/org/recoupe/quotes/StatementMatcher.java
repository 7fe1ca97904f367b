package org.recoupe.quotes;

/**
 * Decides whether two quotations are wordings of one statement, in the same language or in French
 * and English, without any model: the content words of the quotation with fewer of them are
 * aligned, in any order, with those of the other through the keys of {@link QuoteTerms} (same
 * stem, cognate, lexicon meaning, name, country, number). They are one statement when enough of
 * its words align (so a shorter excerpt joins the full quote), every number it gives is in the
 * other, and the speakers do not differ. The bar is lower across languages, where a translation
 * keeps fewer of its words recognisable, and higher when a speaker is unknown.
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
  private static final double SAME_LANGUAGE = 0.65;
  private static final double CROSS_LANGUAGE = 0.5;
  private static final double UNKNOWN_SPEAKER = 0.1;

  /**
   * How well the shorter quotation's words align with the longer one's.
   *
   * @param shorter how many content words the shorter quotation has
   * @param aligned how many of them align with the other's
   * @param longerAligned how many of the longer quotation's words align with the shorter's
   * @param longer how many content words the longer quotation has
   * @param numbersAgree whether every number of the shorter quotation is in the longer
   * @param numbers how many numbers the shorter quotation gives
   */
  record Alignment(int shorter, int aligned, int longerAligned, int longer, boolean numbersAgree, int numbers) {
    /** The share of the shorter quotation's words that align. */
    double coverage() {
      return shorter == 0 ? 0 : (double) aligned / shorter;
    }
  }

  /** The word alignment of two quotations. */
  static Alignment align(QuoteTerms a, QuoteTerms b) {
    QuoteTerms s = a.size() <= b.size() ? a : b;
    QuoteTerms l = s == a ? b : a;
    int aligned = 0;
    boolean numbersAgree = true;
    int numbers = 0;
    for (int i = 0; i < s.size(); i++) {
      QuoteTerms.Term t = s.terms().get(i);
      boolean matched = s.aligns(i, l);
      aligned += matched ? 1 : 0;
      numbersAgree &= matched || !t.number();
      numbers += t.number() ? 1 : 0;
    }
    int longerAligned = 0;
    for (int i = 0; i < l.size(); i++) {
      longerAligned += l.aligns(i, s) ? 1 : 0;
    }
    return new Alignment(s.size(), aligned, longerAligned, l.size(), numbersAgree, numbers);
  }

  /** Whether quotations {@code a} and {@code b} are one statement. */
  static boolean same(QuoteTerms a, QuoteTerms b, boolean crossLanguage, Speakers speakers) {
    if (speakers == Speakers.DIFFERENT || a.size() == 0 || b.size() == 0) {
      return false;
    }
    double bar = (crossLanguage ? CROSS_LANGUAGE : SAME_LANGUAGE)
        + (speakers == Speakers.UNKNOWN ? UNKNOWN_SPEAKER : 0);
    QuoteTerms s = a.size() <= b.size() ? a : b;
    int needed = s.size() < MIN_ALIGNED ? s.size() : Math.max(MIN_ALIGNED, (int) Math.ceil(bar * s.size() - 1e-9));
    if (!mayAlign(s, s == a ? b : a, needed)) {
      return false;
    }
    Alignment x = align(a, b);
    if (!x.numbersAgree()) {
      return false;
    }
    if (x.shorter() < MIN_ALIGNED) {
      if (x.aligned() < x.shorter()) {
        return false;
      }
      int spare = x.shorter() == 1 ? 0 : 1;
      return x.shorter() > 1 && x.numbers() > 0
          || x.longerAligned() >= x.longer() - spare && x.longer() <= x.shorter() + spare;
    }
    return x.aligned() >= MIN_ALIGNED && x.coverage() >= bar;
  }

  /**
   * Whether {@code needed} words of {@code shorter} may still align with {@code longer}, and no
   * number of it fails to: a cheap early exit, since most pairs of a story share few words.
   */
  private static boolean mayAlign(QuoteTerms shorter, QuoteTerms longer, int needed) {
    int aligned = 0;
    int left = shorter.size();
    for (int i = 0; i < shorter.size(); i++) {
      left--;
      if (shorter.aligns(i, longer)) {
        aligned++;
        if (aligned >= needed) {
          return true;
        }
      } else if (shorter.terms().get(i).number() || aligned + left < needed) {
        return false;
      }
    }
    return aligned >= needed;
  }
}
