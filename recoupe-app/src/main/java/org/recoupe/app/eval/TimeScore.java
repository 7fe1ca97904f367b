package org.recoupe.app.eval;

import java.util.List;
import org.recoupe.document.Span;

/**
 * TempEval-3 style counts for time expressions: recognition matched strictly (same span) and
 * relaxed (overlapping spans, one to one), and value/type agreement over the relaxed matches.
 */
final class TimeScore {
  int gold;
  int system;
  int strict;
  int relaxed;
  int valueCorrect;
  int typeCorrect;

  /** Something a matcher needs: a span, a type and a value. */
  record Item(Span span, String type, String value) {}

  /** Adds one document; calls {@code onMiss}, {@code onFalseAlarm}, {@code onWrongValue} for listing. */
  void add(List<Item> goldItems, List<Item> systemItems, Listener listener) {
    gold += goldItems.size();
    system += systemItems.size();
    boolean[] used = new boolean[systemItems.size()];
    for (Item g : goldItems) {
      int best = -1;
      for (int j = 0; j < systemItems.size(); j++) {
        if (!used[j] && systemItems.get(j).span().overlaps(g.span())) {
          if (best < 0 || systemItems.get(j).span().equals(g.span())) {
            best = j;
          }
        }
      }
      if (best < 0) {
        listener.miss(g);
        continue;
      }
      used[best] = true;
      Item s = systemItems.get(best);
      relaxed++;
      if (s.span().equals(g.span())) {
        strict++;
      }
      if (canonical(s.value()).equals(canonical(g.value()))) {
        valueCorrect++;
      } else {
        listener.wrongValue(g, s);
      }
      if (s.type().equals(g.type())) {
        typeCorrect++;
      }
    }
    for (int j = 0; j < systemItems.size(); j++) {
      if (!used[j]) {
        listener.falseAlarm(systemItems.get(j));
      }
    }
  }

  /** Trailing {@code X}s of decades and centuries ({@code 196X} and {@code 196}) compare equal. */
  static String canonical(String value) {
    return value == null ? "" : value.matches("\\d+X+") ? value.replaceAll("X+$", "") : value;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double precision(int matched) {
    return system == 0 ? 0 : (double) matched / system;
  }

  double recall(int matched) {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  /** Receives the errors, for listing. */
  interface Listener {
    void miss(Item gold);

    void falseAlarm(Item system);

    void wrongValue(Item gold, Item system);
  }
}
