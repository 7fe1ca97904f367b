package org.recoupe.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Date checks: weekdays that do not match their date within an article, and the same event dated
 * differently by two articles. Plain functions over immutable values.
 */
public final class DateChecks {
  private DateChecks() {}

  /**
   * The expressions whose weekday does not match their date ("mercredi 18 juin" in 2024); each
   * carries the date the weekday points to ({@link TimeExpression#weekdayDate()}).
   */
  public static List<TimeExpression> weekdayMismatches(List<TimeExpression> expressions) {
    return expressions.stream().filter(t -> t.has(TimeFlag.WEEKDAY_MISMATCH)).toList();
  }

  /**
   * Pairs of sentences, one from each article, that share at least {@code minSimilarity} of their
   * words (Jaccard) but are dated by periods that do not overlap — the same event dated
   * differently. Each side gives the value, span, sentence and weekday claim needed to report it.
   */
  public static List<DateDisagreement> disagreements(
      List<DatedSentence> first, List<DatedSentence> second, double minSimilarity) {
    List<DateDisagreement> out = new ArrayList<>();
    List<Set<String>> secondWords = second.stream().map(d -> Timeline.words(d.text())).toList();
    for (DatedSentence a : first) {
      Set<String> wa = Timeline.words(a.text());
      for (int j = 0; j < second.size(); j++) {
        DatedSentence b = second.get(j);
        boolean overlap = !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
        if (overlap) {
          continue;
        }
        double sim = Timeline.similarity(wa, secondWords.get(j));
        if (sim >= minSimilarity) {
          out.add(new DateDisagreement(a, b, sim));
        }
      }
    }
    return List.copyOf(out);
  }
}
