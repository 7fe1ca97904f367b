package org.recoupe.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A locality-sensitive hashing index of sentence signatures over a sliding window: each signature
 * is cut into bands, and two sentences become candidates when one band is identical; candidates
 * are kept when their estimated similarity reaches the threshold. The index is divided into
 * buckets (one per day of a stream, say) and whole buckets are dropped when they leave the window,
 * so memory follows the window, not the stream. One hash table serves all buckets; each bucket
 * remembers its keys so that expiry removes exactly its entries. Not thread-safe: one index per stream.
 */
public final class PassageIndex {
  private final int bands;
  private final int rows;
  private final double threshold;
  private final ArrayDeque<Bucket> buckets = new ArrayDeque<>();
  private final LongTable<Object> table = new LongTable<>();
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

  /** The default index for {@link Passages#DEFAULT}: 20 bands of 3 rows, threshold 0.4. */
  public static PassageIndex createDefault() {
    return new PassageIndex(20, 3, 0.4);
  }

  /**
   * Reports which sentences of {@code article} match sentences already in the index, then adds the
   * article to bucket {@code bucket} (a bucket older than the newest one counts as the newest).
   */
  public List<PassageMatch> add(ArticlePassages article, long bucket) {
    long[][] keys = new long[article.passages().size()][];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = bandKeys(article.passages().get(i).signature());
    }
    List<PassageMatch> matches = match(article, keys);
    Bucket target = buckets.peekLast();
    if (target == null || target.number < bucket) {
      target = new Bucket(bucket);
      buckets.addLast(target);
    }
    Entry entry = new Entry(article, sequence++, target.number);
    for (int i = 0; i < keys.length; i++) {
      for (long key : keys[i]) {
        put(key, new Ref(entry, i));
        target.keys.add(key);
      }
    }
    target.passages += keys.length;
    live += keys.length;
    return matches;
  }

  /** Drops every bucket numbered below {@code bucket}. */
  public void expireBefore(long bucket) {
    while (!buckets.isEmpty() && buckets.peekFirst().number < bucket) {
      Bucket old = buckets.removeFirst();
      live -= old.passages;
      for (int k = 0; k < old.keys.size(); k++) {
        long key = old.keys.get(k);
        Object hit = table.get(key);
        if (hit instanceof Ref r) {
          if (r.entry.bucket <= old.number) {
            table.remove(key);
          }
        } else if (hit instanceof Ref[] rs) {
          int n = 0;
          for (Ref r : rs) {
            if (r != null && r.entry.bucket > old.number) {
              rs[n++] = r;
            }
          }
          java.util.Arrays.fill(rs, n, rs.length, null);
          if (n == 0) {
            table.remove(key);
          }
        }
      }
    }
  }

  /** How many sentences the index holds. */
  public long size() {
    return live;
  }

  private long[] bandKeys(Signature s) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      keys[b] = s.bandKey(b, rows);
    }
    return keys;
  }

  private List<PassageMatch> match(ArticlePassages article, long[][] keys) {
    List<PassageMatch> out = new ArrayList<>();
    LongTable<Boolean> seen = new LongTable<>();
    for (int i = 0; i < article.passages().size(); i++) {
      Passage p = article.passages().get(i);
      seen.clear();
      for (int b = 0; b < bands; b++) {
        Object hit = table.get(keys[i][b]);
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
    return out;
  }

  private void consider(ArticlePassages article, Passage p, Ref r, LongTable<Boolean> seen, List<PassageMatch> out) {
    if (r.entry.article.id().equals(article.id()) || seen.put(r.entry.sequence * 65_536 + r.index, Boolean.TRUE) != null) {
      return;
    }
    Passage q = r.entry.article.passages().get(r.index);
    double similarity = p.signature().similarity(q.signature());
    if (similarity >= threshold) {
      out.add(new PassageMatch(article.id(), p.span(), r.entry.article.id(), q.span(), similarity,
          p.quoted() || q.quoted()));
    }
  }

  private void put(long key, Ref ref) {
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

  private record Entry(ArticlePassages article, long sequence, long bucket) {}

  private record Ref(Entry entry, int index) {}

  /** The band keys added while a bucket was the newest, to remove them when it expires. */
  private static final class Bucket {
    final long number;
    final LongList keys = new LongList();
    long passages;

    Bucket(long number) {
      this.number = number;
    }
  }

  /** A growable list of longs. */
  private static final class LongList {
    private long[] values = new long[256];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long get(int i) {
      return values[i];
    }

    int size() {
      return size;
    }
  }
}
