package org.recoupe.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A locality-sensitive hashing index of sentence signatures over a sliding window: each signature
 * is cut into bands, and two sentences become candidates when one band is identical; candidates
 * are kept when their estimated similarity reaches the threshold. The index is divided into
 * buckets (one per day of a stream, say) and whole buckets are dropped when they leave the window,
 * so memory follows the window, not the stream. Not thread-safe: one index per stream.
 */
public final class PassageIndex {
  private final int bands;
  private final int rows;
  private final double threshold;
  private final ArrayDeque<Bucket> buckets = new ArrayDeque<>();
  private long sequence;
  private long live;

  /**
   * An index for signatures of {@code bands * rows} values, keeping pairs whose estimated Jaccard
   * similarity is at least {@code threshold}.
   */
  public PassageIndex(int bands, int rows, double threshold) {
    this.bands = bands;
    this.rows = rows;
    this.threshold = threshold;
  }

  /** The default index for {@link Passages#DEFAULT}: 20 bands of 3 rows, threshold 0.5. */
  public static PassageIndex createDefault() {
    return new PassageIndex(20, 3, 0.5);
  }

  /** The similarity a pair needs to be reported. */
  public double threshold() {
    return threshold;
  }

  /**
   * Reports which sentences of {@code article} match sentences already in the index, then adds the
   * article to bucket {@code bucket} (a bucket older than the newest one counts as the newest).
   */
  public List<PassageMatch> add(ArticlePassages article, long bucket) {
    List<PassageMatch> matches = match(article);
    Bucket target = buckets.peekLast();
    if (target == null || target.number < bucket) {
      target = new Bucket(bucket);
      buckets.addLast(target);
    }
    Entry entry = new Entry(article, sequence++);
    for (int i = 0; i < article.passages().size(); i++) {
      Signature s = article.passages().get(i).signature();
      for (int b = 0; b < bands; b++) {
        target.put(s.bandKey(b, rows), entry, i);
      }
    }
    target.passages += article.passages().size();
    live += article.passages().size();
    return matches;
  }

  /** Drops every bucket numbered below {@code bucket}. */
  public void expireBefore(long bucket) {
    while (!buckets.isEmpty() && buckets.peekFirst().number < bucket) {
      live -= buckets.removeFirst().passages;
    }
  }

  /** How many sentences the index holds. */
  public long size() {
    return live;
  }

  private List<PassageMatch> match(ArticlePassages article) {
    List<PassageMatch> out = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < article.passages().size(); i++) {
      Passage p = article.passages().get(i);
      seen.clear();
      for (int b = 0; b < bands; b++) {
        long key = p.signature().bandKey(b, rows);
        for (Bucket bucket : buckets) {
          Object hit = bucket.table.get(key);
          if (hit instanceof Ref r) {
            consider(article, p, r, seen, out);
          } else if (hit instanceof Ref[] rs) {
            for (Ref r : rs) {
              if (r == null) {
                break;
              }
              consider(article, p, r, seen, out);
            }
          }
        }
      }
    }
    return out;
  }

  private void consider(ArticlePassages article, Passage p, Ref r, Set<Long> seen, List<PassageMatch> out) {
    if (r.entry.article.id().equals(article.id()) || !seen.add(r.entry.sequence * 65_536 + r.index)) {
      return;
    }
    Passage q = r.entry.article.passages().get(r.index);
    double similarity = p.signature().similarity(q.signature());
    if (similarity >= threshold) {
      out.add(new PassageMatch(article.id(), p.span(), r.entry.article.id(), q.span(), similarity,
          p.quoted() || q.quoted()));
    }
  }

  private record Entry(ArticlePassages article, long sequence) {}

  private record Ref(Entry entry, int index) {}

  private static final class Bucket {
    final long number;
    final Map<Long, Object> table = new HashMap<>();
    long passages;

    Bucket(long number) {
      this.number = number;
    }

    void put(long key, Entry entry, int index) {
      Ref ref = new Ref(entry, index);
      Object old = table.get(key);
      if (old == null) {
        table.put(key, ref);
      } else if (old instanceof Ref r) {
        table.put(key, new Ref[] {r, ref, null, null});
      } else {
        Ref[] rs = (Ref[]) old;
        int n = rs.length;
        while (n > 0 && rs[n - 1] == null) {
          n--;
        }
        if (n == rs.length) {
          rs = java.util.Arrays.copyOf(rs, n * 2);
          table.put(key, rs);
        }
        rs[n] = ref;
      }
    }
  }
}
