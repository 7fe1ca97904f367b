package org.recoupe.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.recoupe.text.Terms;

/**
 * Recoupe's multi-article summary: the sentences that the most independent origins corroborate
 * come first, each with the articles that back it. A sentence's score grows with the similarity of
 * the closest sentence in each other origin (cosine of TF-IDF over content words), weighted by how
 * central it is among all sentences, plus a bonus for coming early in its article (news puts the
 * facts first); sentences too close to one already chosen are skipped. Two passages of different
 * articles also say the same thing when their structured claims align (a {@code sameClaim} test,
 * e.g. {@link org.recoupe.claims.ClaimAlignment}): then they back each other whatever their wording
 * or language. A plain function of its input, thread-safe.
 */
public final class Summarizer {
  private static final double SCORE_SIMILARITY = 0.15;
  /** Sentences at least this similar say the same thing: they back each other as sources. */
  private static final double SAME_CLAIM = 0.3;
  private static final double REDUNDANT_SIMILARITY = 0.25;
  private static final double LINK_SIMILARITY = 0.1;
  private static final double LEAD_WEIGHT = 2.0;
  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 60;

  private final BiPredicate<Passage, Passage> sameClaim;
  private final BiPredicate<Passage, Passage> disagree;

  /** A summarizer that compares sentences by their words only. */
  public Summarizer() {
    this((a, b) -> false, (a, b) -> false);
  }

  /**
   * A summarizer that also takes passages whose claims pass {@code sameClaim} as saying the same
   * thing, and never counts a passage as backing another when {@code disagree} says they give
   * different values (a number, a date) for the same fact.
   */
  public Summarizer(BiPredicate<Passage, Passage> sameClaim, BiPredicate<Passage, Passage> disagree) {
    this.sameClaim = sameClaim;
    this.disagree = disagree;
  }

  /** The summary of {@code passages} in at most {@code maxWords} words, most corroborated first. */
  public List<SummaryPoint> summarize(List<Passage> passages, int maxWords) {
    return rank(passages, maxWords);
  }

  /** Every distinct claim of {@code passages} with its support, best first (no length limit). */
  public List<SummaryPoint> claims(List<Passage> passages) {
    return rank(passages, Integer.MAX_VALUE);
  }

  private List<SummaryPoint> rank(List<Passage> passages, int maxWords) {
    List<Map<String, Double>> vectors = TfIdf.vectors(passages.stream().map(Passage::text).toList());
    int n = passages.size();
    double[] score = new double[n];
    List<List<Integer>> support = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Passage p = passages.get(i);
      Map<String, Double> bestPerOrigin = new HashMap<>();
      List<Integer> similar = new ArrayList<>();
      similar.add(i);
      double centrality = 0;
      for (int j = 0; j < n; j++) {
        Passage q = passages.get(j);
        double sim = TfIdf.cosine(vectors.get(i), vectors.get(j));
        if (j != i && sim >= LINK_SIMILARITY) {
          centrality += 1;
        }
        if (q.articleId().equals(p.articleId()) || disagree.test(p, q)) {
          continue;
        }
        boolean aligned = sameClaim.test(p, q);
        if ((sim >= SCORE_SIMILARITY || aligned) && !q.origin().equals(p.origin())) {
          bestPerOrigin.merge(q.origin(), aligned ? Math.max(sim, SAME_CLAIM) : sim, Math::max);
        }
        if (sim >= SAME_CLAIM || aligned) {
          similar.add(j);
        }
      }
      double corroboration = bestPerOrigin.values().stream().mapToDouble(Double::doubleValue).sum();
      double corroborated = Math.sqrt(corroboration) * Math.log(2 + centrality);
      double lead = 1.0 / Math.sqrt(1 + p.index());
      int words = wordCount(p.text());
      double lengthFit = words < MIN_WORDS ? 0.2 : words > MAX_WORDS ? 0.6 : 1.0;
      score[i] = (corroborated + LEAD_WEIGHT * lead) * lengthFit;
      support.add(similar);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -score[i])
        .thenComparing(i -> passages.get(i).articleId()).thenComparingInt(i -> passages.get(i).index()));
    List<SummaryPoint> out = new ArrayList<>();
    List<Integer> chosen = new ArrayList<>();
    int used = 0;
    for (int i : order) {
      if (used >= maxWords) {
        break;
      }
      if (wordCount(passages.get(i).text()) < MIN_WORDS) {
        continue;
      }
      boolean redundant = false;
      for (int c : chosen) {
        if (TfIdf.cosine(vectors.get(i), vectors.get(c)) >= REDUNDANT_SIMILARITY
            || sameClaim.test(passages.get(i), passages.get(c))) {
          redundant = true;
          break;
        }
      }
      if (redundant) {
        continue;
      }
      chosen.add(i);
      used += wordCount(passages.get(i).text());
      List<Passage> backing = support.get(i).stream().map(passages::get).toList();
      Set<String> origins = new HashSet<>();
      backing.forEach(b -> origins.add(b.origin()));
      out.add(new SummaryPoint(passages.get(i), backing, origins.size()));
    }
    return out;
  }

  static int wordCount(String text) {
    return Terms.fold(text).split("[^\\p{L}\\p{N}]+").length;
  }
}
