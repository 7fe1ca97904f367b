package org.recoupe.time;

/** The four TIMEX3 types: a calendar date, a time of day, a length of time, a recurrence. */
public enum TimexType {
  /** A calendar date or period: {@code 2024-06-19}, {@code 2024-06}, {@code 2024-W25}, {@code PAST_REF}. */
  DATE,
  /** A time of day, possibly fuzzy: {@code 2024-06-19T16:00}, {@code 2024-06-19TNI}. */
  TIME,
  /** A length of time: {@code PT2H}, {@code P24Y}, {@code PXD}. */
  DURATION,
  /** A recurrence: {@code P1D} (every day), {@code XXXX-WXX-4} (every Thursday). */
  SET
}
