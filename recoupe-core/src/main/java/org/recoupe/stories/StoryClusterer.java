package org.recoupe.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import org.recoupe.dedup.PassageIndex;
import org.recoupe.dedup.PassageMatch;
import org.recoupe.time.TextDate;

/**
 * Groups a stream of articles into stories, incrementally and in bounded memory.
 *
 * <p>Each article becomes two TF-IDF vectors, key terms and entities (hashed ids; document
 * frequencies estimated online, one publication day at a time, in a fixed-size table halved every
 * {@code dfHalfLife} articles), and joins the open story whose centroids are most similar, if that
 * similarity reaches the threshold. Within a language key terms decide; an article in a language
 * the story does not have is compared on entities too, which meet across languages. An article's
 * date is its publication date, else the day its text points to ({@link
 * org.recoupe.time.TextDating}); a story's date is the day around which most of its dated
 * articles lie, and a date more than {@code dateToleranceDays} from it lowers the similarity (two
 * events with the same actors months apart stay two stories). Sharing whole sentences with a
 * story's article (near-duplicate search over the same window) puts the article in that story.
 * After each publication day, the day's articles are reassigned once to their best story (undoing
 * choices made before later articles of the day were seen), or start a story of their own when
 * their story, without them, no longer reaches the threshold; then stories whose centroids and
 * dates are close are merged. Stories with no new article for {@code windowDays} publication days,
 * or whose first article is more than {@code maxSpanDays} old, are closed and handed to the sink,
 * so memory follows the window, not the stream.
 *
 * <p>Stability: articles pass through a reorder buffer and are released one publication day at a
 * time, in id order; so any arrival order whose disorder fits the buffer ({@code latenessDays},
 * {@code reorderCapacity}) yields exactly the same stories, and ties are broken by id. Not
 * thread-safe: one clusterer per stream; feature extraction is where parallelism goes.
 */
public final class StoryClusterer {
  private static final Comparator<StoryFeatures> CANONICAL = Comparator
      .comparingLong((StoryFeatures f) -> f.published() == null ? Long.MAX_VALUE : f.published().toEpochDay())
      .thenComparing(StoryFeatures::id);

  /** Up to this many open stories, every one is a candidate (exact); beyond, postings are used. */
  private static final int EXHAUSTIVE = 64;

  /** A story's date counts once at least this many of its dated articles agree on it. */
  private static final int DATE_SUPPORT = 2;

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
  private long sinceHalving;
  private long marks;
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
    if (article.published() != null) {
      newestSeen = Math.max(newestSeen, article.published().toEpochDay());
    }
    while (buffer.size() > config.reorderCapacity()) {
      release(List.of(buffer.poll()));
    }
    while (!buffer.isEmpty() && ripe(buffer.peek())) {
      releaseDay();
    }
  }

  /** Processes what is still buffered and closes every open story. */
  public void finish() {
    while (!buffer.isEmpty()) {
      releaseDay();
    }
    for (Cluster c : new ArrayList<>(open.values())) {
      close(c);
    }
  }

  /** How many stories are open. */
  public int openStories() {
    return open.size();
  }

  /** How many sentences the near-duplicate window holds. */
  public long indexedPassages() {
    return passages.size();
  }

  private boolean ripe(StoryFeatures f) {
    return f.published() != null && f.published().toEpochDay() < newestSeen - config.latenessDays();
  }

  /** Releases every buffered article of the head's publication day (or every undated one). */
  private void releaseDay() {
    LocalDate day = buffer.peek().published();
    List<StoryFeatures> group = new ArrayList<>();
    while (!buffer.isEmpty() && Objects.equals(buffer.peek().published(), day)) {
      group.add(buffer.poll());
    }
    release(group);
  }

  /**
   * Counts the group's document frequencies, places its articles in id order, reassigns them once
   * and merges close stories: what an article sees depends on which days came before, never on
   * arrival order.
   */
  private void release(List<StoryFeatures> group) {
    for (StoryFeatures f : group) {
      articles++;
      countDf(f.terms());
      countDf(f.entities());
      if (++sinceHalving >= config.dfHalfLife()) {
        halveDf();
      }
    }
    List<Member> placed = new ArrayList<>();
    for (StoryFeatures f : group) {
      placed.add(place(f));
    }
    for (Member m : placed) {
      reassign(m);
    }
    consolidate(placed);
    while (open.size() > config.maxLiveStories()) {
      close(open.values().iterator().next());
    }
  }

  private Member place(StoryFeatures article) {
    if (article.published() != null && article.published().toEpochDay() > clock) {
      clock = article.published().toEpochDay();
      expire();
    }
    long day = clock == Long.MIN_VALUE ? 0 : clock;
    Member member = new Member(article, weigh(article.terms()), weigh(article.entities()), dayOf(article));
    List<PassageMatch> matches = passages.add(article.articlePassages(), day);
    for (PassageMatch m : matches) {
      if (!m.quoted()) {
        member.shared.merge(m.other(), 1, Integer::sum);
      }
    }
    Choice best = best(member, null);
    add(best == null || best.score < config.threshold() ? new Cluster(article.id()) : best.cluster, member, day);
    return member;
  }

  /**
   * Moves a member to the story that suits it best now that its day is complete, or to a story of
   * its own when its story, without it, no longer reaches the threshold (unless it founded a story
   * still open: founders name their stories).
   */
  private void reassign(Member m) {
    Cluster current = clusterOf.get(m.article.id());
    if (current == null || !current.alive || m.pinned) {
      return;
    }
    Choice best = best(m, current);
    if (best != null && best.cluster != current && best.score >= config.threshold()) {
      long day = current.lastDay;
      remove(current, m);
      add(best.cluster, m, day);
    } else if (!open.containsKey(m.article.id()) && scoreWithout(current, m) < config.threshold()) {
      long day = current.lastDay;
      remove(current, m);
      add(new Cluster(m.article.id()), m, day);
    }
  }

  /**
   * The best-scoring open story for {@code m} (ties: the smaller founder id) with its score, or
   * null; {@code exclude}, the story holding {@code m}, is scored as if {@code m} were not in it.
   */
  private Choice best(Member m, Cluster exclude) {
    Cluster best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Cluster c : candidates(m)) {
      double score = exclude == c ? scoreWithout(c, m) : score(c, m);
      if (best == null || score > bestScore || (score == bestScore && c.founder.compareTo(best.founder) < 0)) {
        best = c;
        bestScore = score;
      }
    }
    return best == null ? null : new Choice(best, bestScore);
  }

  private SparseVector weigh(SparseVector counts) {
    int[] ids = new int[counts.size()];
    double[] weights = new double[counts.size()];
    int n = addWeighted(ids, weights, 0, counts, 1.0);
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

  /** Halves every document frequency and the article count: older news weighs half as much. */
  private void halveDf() {
    for (int i = 0; i < df.length; i++) {
      df[i] >>= 1;
    }
    articles = (articles + 1) / 2;
    sinceHalving = 0;
  }

  private void countDf(SparseVector counts) {
    for (int i = 0; i < counts.size(); i++) {
      int slot = counts.id(i) & dfMask;
      if (df[slot] < Integer.MAX_VALUE) {
        df[slot]++;
      }
    }
  }

  /**
   * The open stories worth scoring for {@code m}: all of them while there are few, else those
   * sharing copy or one of its heaviest features.
   */
  private List<Cluster> candidates(Member m) {
    if (open.size() <= EXHAUSTIVE) {
      return new ArrayList<>(open.values());
    }
    List<Cluster> out = new ArrayList<>();
    long mark = ++marks;
    for (String other : m.shared.keySet()) {
      Cluster c = clusterOf.get(other);
      if (c != null && c.alive && c.mark != mark) {
        c.mark = mark;
        out.add(c);
      }
    }
    for (int feature : m.lookup) {
      List<Cluster> list = postings.get(feature);
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

  /** How well {@code m} fits story {@code c}: copy shared, else centroid cosine times date agreement. */
  private double score(Cluster c, Member m) {
    int copies = copiesWith(c, m);
    if (copies >= config.sharedPassages()) {
      return 2.0 + copies;
    }
    double terms = c.terms.cosine(m.terms);
    double similarity = !c.entities.isEmpty() && m.entities.size() > 0 && speakers(c, m.language) == 0
        ? blend(terms, c.entities.cosine(m.entities)) : terms;
    return similarity * dateAgreement(c, m.day, -1) + (copies > 0 ? 0.1 : 0);
  }

  /**
   * Key terms and entities are compared apart; when the story has no article in the article's
   * language they are mixed ({@code entityWeight} is the share of entities), so entities, which
   * are the same keys in French and English, carry a story across languages even when no key term
   * is shared. Within a language key terms alone decide: names are key terms too, and entities
   * shared by different events with the same actors would only blur them.
   */
  private double blend(double terms, double entities) {
    return (1 - config.entityWeight()) * terms + config.entityWeight() * entities;
  }

  /** {@link #score} against {@code c} as if {@code m} were not in it (nothing is changed). */
  private double scoreWithout(Cluster c, Member m) {
    if (c.members.size() == 1) {
      return Double.NEGATIVE_INFINITY;
    }
    int copies = copiesWith(c, m);
    if (copies >= config.sharedPassages()) {
      return 2.0 + copies;
    }
    double terms = c.terms.cosineWithout(m.terms);
    double similarity = m.entities.size() > 0 && hasOtherEntities(c, m) && speakers(c, m.language) == 1
        ? blend(terms, c.entities.cosineWithout(m.entities)) : terms;
    return similarity * dateAgreement(c, m.day, m.day) + (copies > 0 ? 0.1 : 0);
  }

  private static boolean hasOtherEntities(Cluster c, Member m) {
    for (Member other : c.members.values()) {
      if (other != m && other.entities.size() > 0) {
        return true;
      }
    }
    return false;
  }

  /** How many of the story's articles are in {@code language}. */
  private static int speakers(Cluster c, String language) {
    return c.languages.getOrDefault(language, 0);
  }

  /**
   * 1 when {@code day} agrees with the story's date (within {@code dateToleranceDays} of the day
   * around which most of its dated articles lie, if at least {@link #DATE_SUPPORT} do), else {@code
   * 1 - dateWeight}; 1 when either has no date. {@code without}: a day of the story to leave out
   * (the article's own, when it is scored against its story), or -1.
   */
  private double dateAgreement(Cluster c, int day, int without) {
    if (day < 0) {
      return 1;
    }
    long mode = c.days.mode(config.dateToleranceDays(), without);
    return agrees(mode, day) ? 1 : 1 - config.dateWeight();
  }

  /** Whether a story mode ({@link StoryDays#mode}) leaves {@code day} free or is near it. */
  private boolean agrees(long mode, int day) {
    return mode < 0 || StoryDays.support(mode) < DATE_SUPPORT
        || TextDate.cycleDistance(StoryDays.day(mode), day) <= config.dateToleranceDays();
  }

  /** 1 when two stories' dates agree (see {@link #dateAgreement}), else {@code 1 - dateWeight}. */
  private double dateAgreement(Cluster a, Cluster b) {
    long ma = a.days.mode(config.dateToleranceDays(), -1);
    long mb = b.days.mode(config.dateToleranceDays(), -1);
    boolean apart = ma >= 0 && mb >= 0 && StoryDays.support(mb) >= DATE_SUPPORT && !agrees(ma, StoryDays.day(mb));
    return apart ? 1 - config.dateWeight() : 1;
  }

  /** The day of the year of an article's publication date, else of its text date, else -1. */
  private static int dayOf(StoryFeatures f) {
    if (f.published() != null) {
      return TextDate.of(f.published()).dayOfYear();
    }
    return f.textDate() != null ? f.textDate().dayOfYear() : -1;
  }

  private int copiesWith(Cluster c, Member m) {
    int copies = 0;
    for (Map.Entry<String, Integer> e : m.shared.entrySet()) {
      if (clusterOf.get(e.getKey()) == c && !e.getKey().equals(m.article.id())) {
        copies = Math.max(copies, e.getValue());
      }
    }
    return copies;
  }

  private void add(Cluster c, Member m, long day) {
    if (!c.alive) {
      throw new IllegalStateException("story " + c.founder + " is closed");
    }
    if (c.members.isEmpty()) {
      open.put(c.founder, c);
    } else {
      open.remove(c.founder);
      open.put(c.founder, c);
    }
    for (Map.Entry<String, Integer> e : m.shared.entrySet()) {
      if (e.getValue() >= config.sharedPassages() && clusterOf.get(e.getKey()) == c) {
        m.pinned = true;
        c.members.get(e.getKey()).pinned = true;
      }
    }
    c.members.put(m.article.id(), m);
    c.lastDay = Math.max(c.lastDay, day);
    c.firstDay = Math.min(c.firstDay, day);
    clusterOf.put(m.article.id(), c);
    if (m.day >= 0) {
      c.days.add(m.day);
    }
    c.languages.merge(m.language, 1, Integer::sum);
    c.terms.add(m.terms);
    c.entities.add(m.entities);
    for (int feature : m.lookup) {
      post(c, feature);
    }
  }

  private void remove(Cluster c, Member m) {
    c.members.remove(m.article.id());
    clusterOf.remove(m.article.id());
    if (m.day >= 0) {
      c.days.remove(m.day);
    }
    c.languages.merge(m.language, -1, Integer::sum);
    c.languages.values().remove(0);
    c.terms.subtract(m.terms);
    c.entities.subtract(m.entities);
    if (c.members.isEmpty()) {
      retire(c);
    }
  }

  private void post(Cluster c, int feature) {
    if (c.posted.size() < 4 * config.centroidFeatures() && c.posted.add(feature)) {
      postings.computeIfAbsent(feature, k -> new ArrayList<>()).add(c);
      livePostings++;
    }
  }

  /**
   * Merges each story that grew in the last release into the most similar open story whose
   * centroid reaches the merge threshold (the story with the smaller founder id survives).
   */
  private void consolidate(List<Member> placed) {
    Set<Cluster> grownSet = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Member m : placed) {
      Cluster c = clusterOf.get(m.article.id());
      if (c != null) {
        grownSet.add(c);
      }
    }
    List<Cluster> grown = new ArrayList<>(grownSet);
    grown.sort(Comparator.comparing(c -> c.founder));
    for (Cluster c : grown) {
      if (!c.alive) {
        continue;
      }
      Cluster best = null;
      double bestScore = config.mergeThreshold();
      long mark = ++marks;
      c.mark = mark;
      List<List<Cluster>> lists = new ArrayList<>();
      if (open.size() <= EXHAUSTIVE) {
        lists.add(new ArrayList<>(open.values()));
      } else {
        for (int feature : c.lookup(config.lookupFeatures())) {
          lists.add(postings.getOrDefault(feature, List.of()));
        }
      }
      for (List<Cluster> list : lists) {
        for (Cluster o : list) {
          if (o.alive && o.mark != mark) {
            o.mark = mark;
            double terms = c.terms.cosine(o.terms);
            double similarity = !c.entities.isEmpty() && !o.entities.isEmpty()
                && Collections.disjoint(c.languages.keySet(), o.languages.keySet())
                ? blend(terms, c.entities.cosine(o.entities)) : terms;
            double score = similarity * dateAgreement(c, o);
            if (score > bestScore || (score == bestScore && best != null && o.founder.compareTo(best.founder) < 0)) {
              best = o;
              bestScore = score;
            }
          }
        }
      }
      if (best != null) {
        boolean keep = c.founder.compareTo(best.founder) < 0;
        merge(keep ? c : best, keep ? best : c);
      }
    }
  }

  private void merge(Cluster into, Cluster from) {
    long first = from.firstDay;
    for (Member m : new ArrayList<>(from.members.values())) {
      remove(from, m);
      add(into, m, from.lastDay);
    }
    into.firstDay = Math.min(into.firstDay, first);
  }

  private void expire() {
    long oldest = clock - config.windowDays();
    passages.expireBefore(oldest);
    long firstAllowed = clock - config.maxSpanDays();
    List<Cluster> closing = new ArrayList<>();
    for (Cluster c : open.values()) {
      if (c.lastDay < oldest || c.firstDay < firstAllowed) {
        closing.add(c);
      }
    }
    closing.forEach(this::close);
  }

  /** Takes a story out of the open set without emitting it (it has been emptied or merged). */
  private void retire(Cluster c) {
    open.remove(c.founder);
    c.alive = false;
    deadPostings += c.posted.size();
    livePostings -= c.posted.size();
    if (deadPostings > 1_000 && deadPostings > livePostings) {
      postings.values().forEach(list -> list.removeIf(x -> !x.alive));
      postings.values().removeIf(List::isEmpty);
      deadPostings = 0;
    }
  }

  private void close(Cluster c) {
    List<String> sorted = new ArrayList<>(c.members.keySet());
    sorted.sort(Comparator.naturalOrder());
    Map<String, Integer> index = new HashMap<>();
    List<List<String>> agencies = new ArrayList<>();
    for (String id : sorted) {
      index.put(id, index.size());
      agencies.add(c.members.get(id).article.agencies());
    }
    List<int[]> shared = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    for (String id : sorted) {
      Member m = c.members.get(id);
      for (Map.Entry<String, Integer> e : m.shared.entrySet()) {
        Integer other = index.get(e.getKey());
        if (other != null && e.getValue() >= config.sharedPassages()) {
          shared.add(new int[] {index.get(id), other});
        }
      }
      LocalDate p = m.article.published();
      if (p != null) {
        first = first == null || p.isBefore(first) ? p : first;
        last = last == null || p.isAfter(last) ? p : last;
      }
      clusterOf.remove(id);
    }
    retire(c);
    sink.accept(new Story(sorted.get(0), sorted, Origins.groups(sorted, agencies, shared), first, last));
  }

  /** A story chosen for an article, with the article's score against it. */
  private record Choice(Cluster cluster, double score) {}

  /** An article placed in an open story. */
  private final class Member {
    final StoryFeatures article;
    final SparseVector terms;
    final SparseVector entities;
    final int[] lookup;
    final int day;
    final String language;
    final Map<String, Integer> shared = new HashMap<>();
    boolean pinned;

    Member(StoryFeatures article, SparseVector terms, SparseVector entities, int day) {
      this.article = article;
      this.terms = terms;
      this.entities = entities;
      this.day = day;
      this.language = Objects.requireNonNullElse(article.language(), "");
      SparseVector t = terms.top(config.lookupFeatures());
      SparseVector e = entities.top(Math.max(1, config.lookupFeatures() / 2));
      this.lookup = new int[t.size() + e.size()];
      for (int i = 0; i < t.size(); i++) {
        lookup[i] = t.id(i);
      }
      for (int i = 0; i < e.size(); i++) {
        lookup[t.size() + i] = e.id(i);
      }
    }
  }

  /** An open story. */
  private final class Cluster {
    final String founder;
    final LinkedHashMap<String, Member> members = new LinkedHashMap<>();
    final Centroid terms = new Centroid(config.centroidFeatures());
    final Centroid entities = new Centroid(config.centroidFeatures());
    final Set<Integer> posted = new HashSet<>();
    final StoryDays days = new StoryDays();
    final Map<String, Integer> languages = new HashMap<>(4);
    long lastDay = Long.MIN_VALUE;
    long firstDay = Long.MAX_VALUE;
    long mark = -1;
    boolean alive = true;

    Cluster(String founder) {
      this.founder = founder;
    }

    /** The ids of the heaviest term and entity features, to look up similar stories. */
    int[] lookup(int k) {
      int[] t = terms.top(k);
      int[] e = entities.top(Math.max(1, k / 2));
      int[] out = java.util.Arrays.copyOf(t, t.length + e.length);
      System.arraycopy(e, 0, out, t.length, e.length);
      return out;
    }
  }
}
