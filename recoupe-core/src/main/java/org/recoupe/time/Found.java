package org.recoupe.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What a rule made of a match, before it becomes a {@link TimeExpression}.
 *
 * @param type TIMEX3 type
 * @param value TIMEX3 value
 * @param mod TIMEX3 modifier or {@code null}
 * @param weekday the weekday named in the text, or {@code null}
 * @param weekdayDate the date the weekday points to when it disagrees with the date, or {@code null}
 */
record Found(TimexType type, String value, String mod, DayOfWeek weekday, LocalDate weekdayDate) {
  static Found of(TimexType type, String value) {
    return new Found(type, value, null, null, null);
  }

  static Found of(TimexType type, String value, String mod) {
    return new Found(type, value, mod, null, null);
  }

  Found withMod(String m) {
    return new Found(type, value, m, weekday, weekdayDate);
  }
}
