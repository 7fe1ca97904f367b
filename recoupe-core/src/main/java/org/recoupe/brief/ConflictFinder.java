package org.recoupe.brief;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recoupe.document.Span;
import org.recoupe.time.DateChecks;
import org.recoupe.time.DateDisagreement;
import org.recoupe.time.DatedSentence;
import org.recoupe.time.TimeExpression;

/**
 * Finds where a story's articles disagree on dates: a weekday that contradicts its own date, and the
 * same sentence-level event dated differently by two articles. A plain function of its input.
 */
public final class ConflictFinder {
  /** Sentences at least this similar (Jaccard of words) are taken to report the same event. */
  static final double SAME_EVENT = 0.3;

  private ConflictFinder() {}

  /** Weekday mismatches of one article ({@code expressions} are its time expressions). */
  public static List<Conflict> weekdays(String articleId, String text, List<TimeExpression> expressions) {
    List<Conflict> out = new ArrayList<>();
    for (TimeExpression t : DateChecks.weekdayMismatches(expressions)) {
      String written = t.day().map(d -> d + " (" + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")")
          .orElse(t.value());
      String pointed = t.weekdayDate() + " (" + t.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")";
      String summary = "«" + t.text() + "» names a " + t.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
          + ", but " + written + " is not one; the nearest " + t.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
          + " is " + t.weekdayDate() + ".";
      out.add(new Conflict("weekday", summary, List.of(
          new Conflict.Side(written, List.of(articleId), List.of(t.span()), t.text()),
          new Conflict.Side(pointed, List.of(articleId), List.of(t.span()), t.text()))));
    }
    return out;
  }

  /** Events dated differently by different articles; each conflict lists every date given. */
  public static List<Conflict> dates(List<List<DatedSentence>> perArticle) {
    List<Map<String, List<DatedSentence>>> groups = new ArrayList<>();
    for (int i = 0; i < perArticle.size(); i++) {
      for (int j = i + 1; j < perArticle.size(); j++) {
        for (DateDisagreement d : DateChecks.disagreements(dayEvents(perArticle.get(i)), dayEvents(perArticle.get(j)), SAME_EVENT)) {
          Map<String, List<DatedSentence>> group = find(groups, d.first(), d.second());
          add(group, d.first());
          add(group, d.second());
        }
      }
    }
    List<Conflict> out = new ArrayList<>();
    for (Map<String, List<DatedSentence>> g : groups) {
      List<Conflict.Side> sides = new ArrayList<>();
      for (Map.Entry<String, List<DatedSentence>> e : g.entrySet()) {
        List<String> ids = e.getValue().stream().map(DatedSentence::articleId).toList();
        List<Span> spans = e.getValue().stream().map(DatedSentence::sentence).toList();
        sides.add(new Conflict.Side(e.getKey(), ids, spans, e.getValue().get(0).expression().text()));
      }
      String summary = "The same event is dated " + String.join(" and ", g.keySet()) + " by different articles.";
      out.add(new Conflict("date", summary, sides));
    }
    return out;
  }

  /**
   * Only the day's events with a plain day date take part: parts of days and nights ("la nuit de
   * mardi à mercredi", 2024-06-18TNI) straddle two days and agree with either.
   */
  private static List<DatedSentence> dayEvents(List<DatedSentence> sentences) {
    return sentences.stream()
        .filter(d -> !d.background() && d.start().equals(d.end()) && d.value().indexOf('T') < 0)
        .toList();
  }

  private static Map<String, List<DatedSentence>> find(List<Map<String, List<DatedSentence>>> groups,
      DatedSentence a, DatedSentence b) {
    for (Map<String, List<DatedSentence>> g : groups) {
      for (List<DatedSentence> side : g.values()) {
        if (side.contains(a) || side.contains(b)) {
          return g;
        }
      }
    }
    Map<String, List<DatedSentence>> g = new LinkedHashMap<>();
    groups.add(g);
    return g;
  }

  private static void add(Map<String, List<DatedSentence>> group, DatedSentence d) {
    List<DatedSentence> side = group.computeIfAbsent(d.value(), k -> new ArrayList<>());
    if (!side.contains(d)) {
      side.add(d);
    }
  }
}
