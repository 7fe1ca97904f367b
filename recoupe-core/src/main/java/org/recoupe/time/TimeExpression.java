package org.recoupe.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.recoupe.document.Span;

/**
 * One time expression found in a text, normalised TIMEX3-style.
 *
 * @param span where it is in the text (for a document, {@code Keys.TEXT})
 * @param text the covered characters
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value: {@code 2024-06-19}, {@code 2024-W25}, {@code PT2H}, {@code
 *     PAST_REF}, {@code 196}, {@code 19XX}, {@code XXXX-06-19} when no anchor was known...
 * @param mod the TIMEX3 modifier ({@code APPROX}, {@code START}, {@code END}, {@code MORE_THAN}...),
 *     or {@code null}
 * @param anchor the anchor the value was resolved against, or {@code null} when the value does not
 *     depend on one (explicit dates, durations) or none was known
 * @param tense the tense of the nearest verb, used to choose between past and future readings
 * @param weekday the weekday the text names ("mercredi 18 juin": Wednesday), or {@code null}
 * @param weekdayDate when the weekday does not match the date, the nearest date that is that
 *     weekday ("mercredi 18 juin" 2024: 2024-06-19); otherwise {@code null}
 * @param flags remarks, see {@link TimeFlag}
 */
public record TimeExpression(
    Span span,
    String text,
    TimexType type,
    String value,
    String mod,
    Anchor anchor,
    Tense tense,
    DayOfWeek weekday,
    LocalDate weekdayDate,
    Set<TimeFlag> flags) {

  /** Defensive copy of the flags. */
  public TimeExpression {
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
  }

  /** Whether {@code flag} is set. */
  public boolean has(TimeFlag flag) {
    return flags.contains(flag);
  }

  /** The calendar day of a day-precise DATE or TIME value ({@code 2024-06-19...}), if any. */
  public Optional<LocalDate> day() {
    return TimexValues.day(value);
  }
}
