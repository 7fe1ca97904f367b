package org.recoupe.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.recoupe.dedup.PassageIndex;
import org.recoupe.dedup.PassageMatch;

/**
 * Groups a stream of articles into stories, incrementally and in bounded memory.
 *
 * <p>Each article becomes a TF-IDF vector (key terms and entities, hashed ids, document
 * frequencies estimated online, on arrival, in a fixed-size table) and joins the open story whose centroid is
 * most similar, if that similarity reaches the threshold; disagreeing month mentions lower the
 * similarity, and sharing whole sentences with a story's article (near-duplicate search over the
 * same window) puts the article in that story. Stories with no new article for {@code windowDays}
 * publication days are closed and handed to the sink, so memory follows the window.
 *
 * <p>Stability: articles pass through a reorder buffer and are processed in (publication date,
 * id) order, ties broken by id; so any arrival order whose disorder fits the buffer ({@code
 * latenessDays}, {@code reorderCapacity}) yields exactly the same stories. Not thread-safe: one
 * clusterer per stream; feature extraction is where parallelism goes.
 */
public final class StoryClusterer {
  private static final Comparator<StoryFeatures> CANONICAL = Comparator
      .comparingLong((StoryFeatures f) -> f.published() == null ? Long.MAX_VALUE : f.published().toEpochDay())
      .thenComparing(StoryFeatures::id);

  private final StoryConfig config;
  private final Consumer<Story> sink;
  private final PriorityQueue<StoryFeatures> buffer = new PriorityQueue<>(CANONICAL);
  private final int[] df;
  private final int dfMask;
  private final PassageIndex passages = PassageIndex.createDefault();
  private final LinkedHashMap<String, Cluster> open = new LinkedHashMap<>();
  private final Map<String, Cluster> clusterOf = new HashMap<>();
  private final Map<Integer, List<Cluster>> postings = new HashMap<>();
  private long articles;
  private long processed;
  private long clock = Long.MIN_VALUE;
  private long newestSeen = Long.MIN_VALUE;
  private long deadPostings;
  private long livePostings;

  /** A clusterer that hands each closed story to {@code sink}. */
  public StoryClusterer(StoryConfig config, Consumer<Story> sink) {
    this.config = config;
    this.sink = sink;
    this.df = new int[1 << config.dfBits()];
    this.dfMask = df.length - 1;
  }

  /** Adds one article (in any order; see the class comment on stability). */
  public void add(StoryFeatures article) {
    buffer.add(article);
    articles++;
    countDf(article.terms());
    countDf(article.entities());
    if (article.published() != null) {
      newestSeen = Math.max(newestSeen, article.published().toEpochDay());
    }
    while (!buffer.isEmpty() && (buffer.size() > config.reorderCapacity() || ripe(buffer.peek()))) {
      process(buffer.poll());
    }
  }

  /** Processes what is still buffered and closes every open story. */
  public void finish() {
    while (!buffer.isEmpty()) {
      process(buffer.poll());
    }
    for (Cluster c : new ArrayList<>(open.values())) {
      close(c);
    }
  }

  /** How many stories are open. */
  public int openStories() {
    return open.size();
  }

  /** How many articles wait in the reorder buffer. */
  public int buffered() {
    return buffer.size();
  }

  /** How many sentences the near-duplicate window holds. */
  public long indexedPassages() {
    return passages.size();
  }

  private boolean ripe(StoryFeatures f) {
    return f.published() != null && f.published().toEpochDay() <= newestSeen - config.latenessDays();
  }

  private void process(StoryFeatures article) {
    if (article.published() != null && article.published().toEpochDay() > clock) {
      clock = article.published().toEpochDay();
      expire();
    }
    long day = clock == Long.MIN_VALUE ? 0 : clock;
    SparseVector vector = weigh(article);
    List<PassageMatch> matches = passages.add(article.articlePassages(), day);
    Map<String, Integer> shared = new HashMap<>();
    for (PassageMatch m : matches) {
      if (!m.quoted()) {
        shared.merge(m.other(), 1, Integer::sum);
      }
    }
    Cluster best = null;
    double bestScore = 0;
    for (Cluster c : candidates(vector, shared)) {
      double score = score(c, vector, article, shared);
      if (best == null || score > bestScore || (score == bestScore && c.founder.compareTo(best.founder) < 0)) {
        best = c;
        bestScore = score;
      }
    }
    if (best == null || bestScore < config.threshold()) {
      best = new Cluster(article.id());
    } else {
      open.remove(best.founder);
    }
    open.put(best.founder, best);
    join(best, article, vector, shared, day);
    if (open.size() > config.maxLiveStories()) {
      close(open.values().iterator().next());
    }
  }

  private SparseVector weigh(StoryFeatures article) {
    int m = article.terms().size() + article.entities().size();
    int[] ids = new int[m];
    double[] weights = new double[m];
    int n = addWeighted(ids, weights, 0, article.terms(), 1.0);
    n = addWeighted(ids, weights, n, article.entities(), config.entityWeight());
    return SparseVector.unitTop(ids, weights, n, config.articleFeatures());
  }

  private int addWeighted(int[] ids, double[] weights, int n, SparseVector counts, double factor) {
    for (int i = 0; i < counts.size(); i++) {
      int id = counts.id(i);
      double idf = Math.log((articles + 1.0) / (df[id & dfMask] + 1)) + 1;
      ids[n] = id;
      weights[n++] = factor * (1 + Math.log(counts.value(i))) * idf;
    }
    return n;
  }

  private void countDf(SparseVector counts) {
    for (int i = 0; i < counts.size(); i++) {
      int slot = counts.id(i) & dfMask;
      if (df[slot] < Integer.MAX_VALUE) {
        df[slot]++;
      }
    }
  }

  private List<Cluster> candidates(SparseVector vector, Map<String, Integer> shared) {
    List<Cluster> out = new ArrayList<>();
    long mark = ++processed;
    for (String other : shared.keySet()) {
      Cluster c = clusterOf.get(other);
      if (c != null && c.alive && c.mark != mark) {
        c.mark = mark;
        out.add(c);
      }
    }
    SparseVector lookup = vector.top(config.lookupFeatures());
    for (int i = 0; i < lookup.size(); i++) {
      List<Cluster> list = postings.get(lookup.id(i));
      if (list == null) {
        continue;
      }
      for (Cluster c : list) {
        if (c.alive && c.mark != mark) {
          c.mark = mark;
          out.add(c);
        }
      }
    }
    return out;
  }

  private double score(Cluster c, SparseVector vector, StoryFeatures article, Map<String, Integer> shared) {
    int copies = 0;
    for (Map.Entry<String, Integer> e : shared.entrySet()) {
      if (clusterOf.get(e.getKey()) == c) {
        copies = Math.max(copies, e.getValue());
      }
    }
    if (copies >= config.sharedPassages()) {
      return 2.0 + copies;
    }
    double dot = 0;
    for (int i = 0; i < vector.size(); i++) {
      Float v = c.centroid.get(vector.id(i));
      if (v != null) {
        dot += vector.value(i) * v;
      }
    }
    double similarity = c.norm() == 0 ? 0 : dot / c.norm();
    similarity *= monthAgreement(c.months, article.months());
    return similarity + (copies > 0 ? 0.1 : 0);
  }

  private double monthAgreement(int[] story, List<MonthMention> mentions) {
    if (mentions.isEmpty()) {
      return 1;
    }
    int[] mine = new int[12];
    for (MonthMention m : mentions) {
      mine[m.month() - 1]++;
    }
    double dot = 0;
    double a = 0;
    double b = 0;
    for (int i = 0; i < 12; i++) {
      dot += (double) mine[i] * story[i];
      a += (double) mine[i] * mine[i];
      b += (double) story[i] * story[i];
    }
    if (b == 0) {
      return 1;
    }
    double cosine = dot / Math.sqrt(a * b);
    return 1 - config.monthWeight() + config.monthWeight() * cosine;
  }

  private void join(Cluster c, StoryFeatures article, SparseVector vector, Map<String, Integer> shared, long day) {
    int index = c.members.size();
    c.members.add(article.id());
    c.agencies.add(article.agencies());
    c.lastDay = day;
    if (article.published() != null) {
      LocalDate p = article.published();
      c.first = c.first == null || p.isBefore(c.first) ? p : c.first;
      c.last = c.last == null || p.isAfter(c.last) ? p : c.last;
    }
    for (Map.Entry<String, Integer> e : shared.entrySet()) {
      if (e.getValue() >= config.sharedPassages() && clusterOf.get(e.getKey()) == c) {
        c.sharedCopy.add(new int[] {c.members.indexOf(e.getKey()), index});
      }
    }
    clusterOf.put(article.id(), c);
    for (MonthMention m : article.months()) {
      c.months[m.month() - 1]++;
    }
    for (int i = 0; i < vector.size(); i++) {
      c.centroid.merge(vector.id(i), vector.value(i), Float::sum);
    }
    c.cachedNorm = -1;
    if (c.centroid.size() > 2 * config.centroidFeatures()) {
      c.prune(config.centroidFeatures());
    }
    SparseVector lookup = vector.top(config.lookupFeatures());
    for (int i = 0; i < lookup.size(); i++) {
      if (c.posted.size() < 4 * config.centroidFeatures() && c.posted.add(lookup.id(i))) {
        postings.computeIfAbsent(lookup.id(i), k -> new ArrayList<>()).add(c);
        livePostings++;
      }
    }
  }

  private void expire() {
    long oldest = clock - config.windowDays();
    passages.expireBefore(oldest);
    Iterator<Cluster> it = open.values().iterator();
    List<Cluster> closing = new ArrayList<>();
    while (it.hasNext()) {
      Cluster c = it.next();
      if (c.lastDay >= oldest) {
        break;
      }
      closing.add(c);
    }
    closing.forEach(this::close);
  }

  private void close(Cluster c) {
    open.remove(c.founder);
    c.alive = false;
    for (String id : c.members) {
      clusterOf.remove(id);
    }
    deadPostings += c.posted.size();
    livePostings -= c.posted.size();
    if (deadPostings > 1_000 && deadPostings > livePostings) {
      postings.values().forEach(list -> list.removeIf(x -> !x.alive));
      postings.values().removeIf(List::isEmpty);
      deadPostings = 0;
    }
    List<String> sorted = new ArrayList<>(c.members);
    sorted.sort(Comparator.naturalOrder());
    sink.accept(new Story(sorted.get(0), sorted, Origins.groups(c.members, c.agencies, c.sharedCopy), c.first, c.last));
  }

  /** An open story. */
  private static final class Cluster {
    final String founder;
    final List<String> members = new ArrayList<>();
    final List<List<String>> agencies = new ArrayList<>();
    final List<int[]> sharedCopy = new ArrayList<>();
    final HashMap<Integer, Float> centroid = new HashMap<>();
    final java.util.HashSet<Integer> posted = new java.util.HashSet<>();
    final int[] months = new int[12];
    LocalDate first;
    LocalDate last;
    long lastDay;
    long mark = -1;
    boolean alive = true;
    double cachedNorm = -1;

    Cluster(String founder) {
      this.founder = founder;
    }

    double norm() {
      if (cachedNorm < 0) {
        double sum = 0;
        for (float v : centroid.values()) {
          sum += (double) v * v;
        }
        cachedNorm = Math.sqrt(sum);
      }
      return cachedNorm;
    }

    void prune(int keep) {
      List<Map.Entry<Integer, Float>> entries = new ArrayList<>(centroid.entrySet());
      entries.sort((a, b) -> !a.getValue().equals(b.getValue())
          ? Float.compare(b.getValue(), a.getValue()) : Integer.compare(a.getKey(), b.getKey()));
      for (int i = keep; i < entries.size(); i++) {
        centroid.remove(entries.get(i).getKey());
      }
      cachedNorm = -1;
    }
  }
}
