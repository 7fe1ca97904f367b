package org.recoupe.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoupe.document.Published;

/**
 * Reads the publication dates that come with records: ISO 8601 (date only, local date-time, with an
 * offset or {@code Z}, with a space instead of {@code T}, offsets with or without a colon) and RFC
 * 822/1123 dates as feeds write them ({@code Wed, 19 Jun 2024 16:00:00 +0200}, {@code GMT},
 * North American zone names).
 */
final class DateHints {
  private static final Pattern SPACE_T = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}:\\d{2})");
  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern HOUR_OFFSET = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?[+-]\\d{2})$");
  private static final Pattern RFC_ZONE = Pattern.compile("\\s([A-Za-z]{1,4})$");
  private static final Pattern RFC_COLON_OFFSET = Pattern.compile("([+-]\\d{2}):(\\d{2})$");
  private static final Pattern DAY_NAME = Pattern.compile("^[A-Za-z]{2,9}\\.?,?\\s*");
  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("UT", "GMT"), Map.entry("UTC", "GMT"), Map.entry("Z", "GMT"),
          Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"),
          Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
          Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"), Map.entry("CET", "+0100"),
          Map.entry("CEST", "+0200"));
  private static final DateTimeFormatter RFC_822 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .parseLenient()
          .appendPattern("d MMM ")
          .appendValue(ChronoField.YEAR, 2, 4, SignStyle.NORMAL)
          .appendPattern(" HH:mm")
          .optionalStart()
          .appendPattern(":ss")
          .optionalEnd()
          .appendPattern(" ")
          .appendOffset("+HHMM", "GMT")
          .toFormatter(Locale.ENGLISH);

  private DateHints() {}

  /** The date in {@code value}, labelled with {@code source}, or null when it cannot be read. */
  static Published parse(String value, String source) {
    if (value == null) {
      return null;
    }
    String s = value.trim();
    if (s.isEmpty()) {
      return null;
    }
    Published iso = iso(s, source);
    return iso != null ? iso : rfc822(s, source);
  }

  /** An instant (a WARC date) as a UTC date-time. */
  static Published of(Instant instant, String source) {
    return of(instant.atOffset(ZoneOffset.UTC), source);
  }

  /** Seconds or milliseconds since the epoch (JSON numbers), as a UTC date-time; null when out of range. */
  static Published ofEpoch(long value, String source) {
    long millis = Math.abs(value) < 100_000_000_000L ? value * 1000 : value;
    try {
      return of(Instant.ofEpochMilli(millis), source);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  private static Published iso(String s, String source) {
    String t = SPACE_T.matcher(s).replaceFirst("$1T$2");
    t = t.endsWith("z") ? t.substring(0, t.length() - 1) + "Z" : t;
    if (t.contains("T")) {
      t = COMPACT_OFFSET.matcher(t).replaceFirst("$1:$2");
      t = HOUR_OFFSET.matcher(t).replaceFirst("$1:00");
    }
    try {
      return of(OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME), source);
    } catch (DateTimeParseException e) {
      // not with an offset
    }
    try {
      LocalDateTime time = LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      return new Published(time.toLocalDate(), time, null, source);
    } catch (DateTimeParseException e) {
      // not a local date-time
    }
    try {
      return new Published(LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE), null, null, source);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Published rfc822(String s, String source) {
    String t = DAY_NAME.matcher(s.replaceAll("\\s+", " ")).replaceFirst("");
    Matcher zone = RFC_ZONE.matcher(t);
    if (zone.find()) {
      String name = zone.group(1).toUpperCase(Locale.ROOT);
      String offset = ZONES.get(name);
      if (offset != null) {
        t = t.substring(0, zone.start(1)) + offset;
      }
    }
    t = RFC_COLON_OFFSET.matcher(t).replaceFirst("$1$2");
    try {
      OffsetDateTime odt = OffsetDateTime.parse(t, RFC_822);
      if (odt.getYear() < 100) {
        odt = odt.plusYears(odt.getYear() < 70 ? 2000 : 1900);
      }
      return of(odt, source);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Published of(OffsetDateTime odt, String source) {
    LocalDateTime time = odt.toLocalDateTime();
    return new Published(time.toLocalDate(), time, odt.getOffset(), source);
  }
}
