package org.recoupe.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.recoupe.document.Span;

/**
 * Timeline building blocks, as plain functions over immutable values: the dated sentences of one
 * article, and the merge of several articles' dated sentences into one ordered timeline.
 */
public final class Timeline {
  /** Sentences whose words overlap at least this much (Jaccard) report the same thing. */
  public static final double SAME_EVENT = 0.25;

  private static final int BACKGROUND_DAYS = 7;
  private static final Pattern PLUPERFECT = Pattern.compile(
      "(?<![\\p{L}])(?:avait|avaient|était|étaient|had)\\s+(?:\\p{L}+\\s+)?\\p{L}+(?:é|ée|és|ées|i|is|it|u|us|ue|ed|en)(?![\\p{L}])");

  private Timeline() {}

  /**
   * The dated sentences of one article: each sentence holding a DATE or TIME expression whose
   * value is a calendar period, dated by its first such expression. A sentence is background when
   * its period ended more than a week before {@code reference} (the article's anchor), or when its
   * verb is a pluperfect and the period ended before the reference day. Without a reference only
   * the pluperfect counts.
   */
  public static List<DatedSentence> datedSentences(
      String articleId, String text, List<Span> sentences, List<TimeExpression> expressions, LocalDate reference) {
    List<DatedSentence> out = new ArrayList<>();
    int next = 0;
    for (Span s : sentences) {
      while (next < expressions.size() && expressions.get(next).span().end() <= s.start()) {
        next++;
      }
      for (int i = next; i < expressions.size() && expressions.get(i).span().start() < s.end(); i++) {
        TimeExpression t = expressions.get(i);
        if (t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
          continue;
        }
        Optional<TimexValues.Interval> iv = TimexValues.interval(t.value());
        if (iv.isEmpty()) {
          continue;
        }
        String sentence = s.of(text);
        LocalDate end = iv.get().end();
        boolean pluperfect = PLUPERFECT.matcher(sentence.toLowerCase(Locale.ROOT)).find();
        boolean background = reference != null
            && (end.isBefore(reference.minusDays(BACKGROUND_DAYS)) || pluperfect && end.isBefore(reference))
            || reference == null && pluperfect;
        out.add(new DatedSentence(articleId, s, sentence, t, iv.get().start(), end, background));
        break;
      }
    }
    return List.copyOf(out);
  }

  /**
   * Merges several articles' dated sentences into one timeline ordered by date: mentions with the
   * same value whose sentences share enough words ({@link #SAME_EVENT}) become one event, listing
   * the articles that report it.
   */
  public static List<TimelineEvent> merge(List<List<DatedSentence>> articles) {
    List<List<DatedSentence>> groups = new ArrayList<>();
    List<List<Set<String>>> words = new ArrayList<>();
    for (List<DatedSentence> article : articles) {
      for (DatedSentence d : article) {
        Set<String> w = words(d.text());
        int target = -1;
        for (int g = 0; g < groups.size() && target < 0; g++) {
          if (!groups.get(g).get(0).value().equals(d.value())) {
            continue;
          }
          for (Set<String> other : words.get(g)) {
            if (similarity(w, other) >= SAME_EVENT) {
              target = g;
              break;
            }
          }
        }
        if (target < 0) {
          groups.add(new ArrayList<>());
          words.add(new ArrayList<>());
          target = groups.size() - 1;
        }
        groups.get(target).add(d);
        words.get(target).add(w);
      }
    }
    List<TimelineEvent> events = new ArrayList<>();
    for (List<DatedSentence> g : groups) {
      Set<String> ids = new LinkedHashSet<>();
      boolean background = true;
      for (DatedSentence d : g) {
        ids.add(d.articleId());
        background &= d.background();
      }
      DatedSentence first = g.get(0);
      events.add(new TimelineEvent(first.value(), first.start(), first.end(), background, g, new ArrayList<>(ids)));
    }
    events.sort(Comparator.comparing(TimelineEvent::start).thenComparing(TimelineEvent::end));
    return List.copyOf(events);
  }

  /** Jaccard overlap of two word sets. */
  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  /** The content words of a sentence: lower-cased words of four letters or more. */
  static Set<String> words(String sentence) {
    Set<String> out = new HashSet<>();
    String lower = Folding.fold(sentence);
    int i = 0;
    while (i < lower.length()) {
      if (!Character.isLetter(lower.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < lower.length() && Character.isLetter(lower.charAt(i))) {
        i++;
      }
      if (i - s >= 4) {
        out.add(lower.substring(s, i));
      }
    }
    return out;
  }
}
