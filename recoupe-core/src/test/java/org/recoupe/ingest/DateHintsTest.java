package org.recoupe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateHintsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2024-06-19|2024-06-19",
    "2024-06-19T16:00:00|2024-06-19T16:00",
    "2024-06-19 16:00|2024-06-19T16:00",
    "2024-06-19T16:00:00+02:00|2024-06-19T16:00+02:00",
    "2024-06-19T16:00:00.123Z|2024-06-19T16:00:00.123Z",
    "2024-06-19T16:00:00+0200|2024-06-19T16:00+02:00",
    "2024-06-19T16:00:00+02|2024-06-19T16:00+02:00",
    "Wed, 19 Jun 2024 16:00:00 +0200|2024-06-19T16:00+02:00",
    "Wed, 19 Jun 2024 16:00:00 GMT|2024-06-19T16:00Z",
    "Mon, 19 Jun 2024 16:00 EST|2024-06-19T16:00-05:00",
    "19 jun 2024 16:00:00 UT|2024-06-19T16:00Z",
    "Wed, 19 Jun 24 16:00:00 +02:00|2024-06-19T16:00+02:00",
    "  2024-06-19  |2024-06-19"
  })
  void readsIsoAndRfc822(String value, String iso) {
    assertEquals(iso, DateHints.parse(value, "feed").iso());
    assertEquals("feed", DateHints.parse(value, "feed").source());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"yesterday", "2024-13-45", "19/06/2024", "''", "Wed, 32 Jun 2024 16:00:00 GMT"})
  void givesNullForWhatItCannotRead(String value) {
    assertNull(DateHints.parse(value, "jsonl"));
  }

  @Test
  void readsInstantsAndEpochs() {
    assertEquals("2024-06-19T14:05Z", DateHints.of(Instant.parse("2024-06-19T14:05:00Z"), "warc").iso());
    assertEquals("2024-06-19T14:05Z", DateHints.ofEpoch(1718805900L, "jsonl").iso());
    assertEquals("2024-06-19T14:05Z", DateHints.ofEpoch(1718805900000L, "jsonl").iso());
    assertNull(DateHints.parse(null, "jsonl"));
  }
}
