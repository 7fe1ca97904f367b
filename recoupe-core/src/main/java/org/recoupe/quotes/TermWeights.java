package org.recoupe.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How telling each content word is among the quotations grouped together: words that many of them
 * share ("gouvernement", "réforme" in a story about a reform) weigh less than rare ones, as the
 * inverse document frequency {@code ln(1 + n / df)} over the {@code n} quotations. A word and its
 * translation count as one word when they share a lexicon meaning or a cognate key. Immutable.
 */
final class TermWeights {
  /** Every word weighs the same. */
  static final TermWeights UNIFORM = new TermWeights(Map.of(), 0);

  private final Map<String, Integer> frequency;
  private final int quotations;

  private TermWeights(Map<String, Integer> frequency, int quotations) {
    this.frequency = frequency;
    this.quotations = quotations;
  }

  /** The weights of the words of {@code quotations}. */
  static TermWeights of(List<QuoteTerms> quotations) {
    Map<String, Integer> df = new HashMap<>();
    for (QuoteTerms q : quotations) {
      Set<String> seen = new HashSet<>();
      for (QuoteTerms.Term t : q.terms()) {
        if (seen.add(identity(t))) {
          df.merge(identity(t), 1, Integer::sum);
        }
      }
    }
    return new TermWeights(Map.copyOf(df), quotations.size());
  }

  /** The weight of {@code t}: 1 when uniform, else its inverse document frequency. */
  double of(QuoteTerms.Term t) {
    if (quotations == 0) {
      return 1;
    }
    return Math.log(1 + (double) quotations / frequency.getOrDefault(identity(t), 1));
  }

  /** The key standing for a word and its translations: its first lexicon meaning, else its cognate key, else its stem. */
  static String identity(QuoteTerms.Term t) {
    String best = null;
    for (String k : t.keys()) {
      if (rank(k) < rank(best) || rank(k) == rank(best) && best != null && k.compareTo(best) < 0) {
        best = k;
      }
    }
    return best;
  }

  private static int rank(String key) {
    if (key == null) {
      return Integer.MAX_VALUE;
    }
    switch (key.charAt(0)) {
      case '#':
        return 0;
      case 'm':
        return 1;
      case 'a':
        return 2;
      case 'k':
        return 3;
      case 's':
        return 4;
      default:
        return 5;
    }
  }
}
