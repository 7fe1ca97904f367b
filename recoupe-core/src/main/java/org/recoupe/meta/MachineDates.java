package org.recoupe.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoupe.document.Published;

/**
 * Parses the dates machines write in markup and headers: ISO-8601 ("2024-06-19T16:00:00+02:00",
 * "2024-06-19 16:00", "2024-06-19"), RFC 1123 ("Wed, 19 Jun 2024 14:00:00 GMT"), and, failing
 * those, a date written in words. The offset is kept only when the value states one.
 */
final class MachineDates {
  private static final Pattern ISO = Pattern.compile(
      "^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
          + "(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

  private MachineDates() {}

  /** The date in {@code value}, tagged with {@code source}, or null if there is none. */
  static Published parse(String value, String source) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    Matcher m = ISO.matcher(v);
    try {
      if (m.find()) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (m.group(4) == null) {
          return new Published(date, null, null, source);
        }
        LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        return new Published(date, time, offset(m.group(7)), source);
      }
      if (v.length() > 5 && Character.isLetter(v.charAt(0)) && v.charAt(3) == ',') {
        OffsetDateTime t = OffsetDateTime.parse(v, RFC_1123);
        return new Published(t.toLocalDate(), t.toLocalDateTime(), t.getOffset(), source);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    Published words = TextDates.best(v);
    return words == null ? null : new Published(words.date(), words.time(), words.offset(), source);
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null) {
      return null;
    }
    String z = zone.toUpperCase(Locale.ROOT);
    if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    if (z.length() == 5 && !z.contains(":")) {
      z = z.substring(0, 3) + ":" + z.substring(3);
    }
    return ZoneOffset.of(z);
  }
}
