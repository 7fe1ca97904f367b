package org.recoupe.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.recoupe.app.eval.Rpm2Corpus;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Published;
import org.recoupe.document.Span;

/**
 * A lazily generated stream of articles with known stories, recombined from real paragraphs (the
 * RPM2 corpus): each story draws 4 to 8 paragraphs per article from one RPM2 topic, and a third
 * of its articles repeat paragraphs of the story's first article (injected duplicates). Topics are
 * used in turn, so a topic comes back after {@code 20 / storiesPerDay} days: with 2 stories a
 * day, after 10 days, beyond the clustering window, and the generated labels stay meaningful. Only the
 * paragraph pool is held in memory, never the stream.
 */
final class SyntheticStories {
  /** One generated article and its gold story number. */
  record Item(Document document, long story) {}

  static final int ARTICLES_PER_STORY = 10;
  private static final LocalDate START = LocalDate.of(2000, 1, 1);

  private final List<List<String>> pools;
  private final int storiesPerDay;
  private final Random random;
  private final long total;
  private long produced;
  private long day;
  private List<Item> today = List.of();
  private int next;

  SyntheticStories(List<List<String>> pools, int storiesPerDay, long total, long seed) {
    this.pools = pools;
    this.storiesPerDay = storiesPerDay;
    this.total = total;
    this.random = new Random(seed);
  }

  /** Paragraph pools, one per RPM2 topic (both time slices). */
  static List<List<String>> pools(List<Rpm2Corpus.Article> articles) {
    Map<String, List<String>> byStory = new TreeMap<>();
    for (Rpm2Corpus.Article a : articles) {
      String text = a.document().get(Keys.TEXT);
      for (Span p : a.document().get(Keys.PARAGRAPHS)) {
        if (p.length() > 80) {
          byStory.computeIfAbsent(Rpm2Corpus.topicOf(a.story()), k -> new ArrayList<>()).add(p.of(text));
        }
      }
    }
    return List.copyOf(byStory.values());
  }

  boolean hasNext() {
    return produced < total;
  }

  /** The next article, in publication-day order, shuffled within a day. */
  Item next() {
    if (next == today.size()) {
      today = day(day++);
      next = 0;
    }
    produced++;
    return today.get(next++);
  }

  private List<Item> day(long d) {
    List<Item> items = new ArrayList<>();
    LocalDate date = START.plusDays(d);
    for (int s = 0; s < storiesPerDay; s++) {
      long story = d * storiesPerDay + s;
      List<String> pool = pools.get((int) (story % pools.size()));
      List<String> first = null;
      for (int a = 0; a < ARTICLES_PER_STORY; a++) {
        List<String> paragraphs = new ArrayList<>();
        int count = 4 + random.nextInt(5);
        for (int k = 0; k < count; k++) {
          paragraphs.add(pool.get(random.nextInt(pool.size())));
        }
        if (first == null) {
          first = paragraphs;
        } else if (random.nextInt(3) == 0) {
          paragraphs.addAll(random.nextInt(paragraphs.size()), first.subList(0, Math.min(3, first.size())));
        }
        items.add(new Item(document(String.format(java.util.Locale.ROOT, "a%09d_%02d", story, a), paragraphs, date), story));
      }
    }
    Collections.shuffle(items, random);
    return items;
  }

  private static Document document(String id, List<String> paragraphs, LocalDate date) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (String p : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      spans.add(new Span(text.length(), text.length() + p.length()));
      text.append(p);
    }
    Metadata meta = Metadata.EMPTY.withPublished(new Published(date, null, null, "bench")).withLanguage("fr");
    return Document.create(id).with(Keys.TEXT, text.toString()).with(Keys.PARAGRAPHS, List.copyOf(spans))
        .with(Keys.METADATA, meta);
  }
}
