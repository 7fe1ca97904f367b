package org.recoupe.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A publication date as precise as its source allows: a date, maybe a time, maybe an offset.
 *
 * @param date the calendar date (never null)
 * @param time the local date-time, or {@code null} when only the date is known
 * @param offset the UTC offset, or {@code null} when unknown
 * @param source where it was found, e.g. {@code "json-ld"}, {@code "meta"}, {@code "byline"}
 */
public record Published(LocalDate date, LocalDateTime time, ZoneOffset offset, String source) {
  /** Checks that date and time agree. */
  public Published {
    if (date == null) {
      throw new IllegalArgumentException("date is required");
    }
    if (time != null && !time.toLocalDate().equals(date)) {
      throw new IllegalArgumentException("time " + time + " is not on " + date);
    }
  }

  /** ISO-8601 text: {@code 2024-06-19}, {@code 2024-06-19T16:00} or {@code 2024-06-19T16:00+02:00}. */
  public String iso() {
    if (time == null) {
      return date.toString();
    }
    return offset == null ? time.toString() : time.atOffset(offset).toString();
  }
}
