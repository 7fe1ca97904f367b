package org.recoupe.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo corpus (read from ../shared/seeds), anchored on the story's date, 19 June 2024. */
class SeedsTimeTest {
  private static final Anchor STORY = new Anchor(LocalDate.of(2024, 6, 19), Anchor.Source.CALLER);

  private static String seed(String prefix) throws IOException {
    Path dir = Path.of(System.getProperty("recoupe.shared"), "seeds");
    try (Stream<Path> s = Files.list(dir)) {
      Path p = s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Files.readString(p, StandardCharsets.UTF_8);
    }
  }

  private static List<TimeExpression> tag(String prefix) throws IOException {
    return TimeTagger.forLanguage("fr").tag(seed(prefix), STORY);
  }

  private static TimeExpression find(List<TimeExpression> all, String text) {
    return all.stream().filter(t -> Folding.fold(t.text()).equals(Folding.fold(text))).findFirst()
        .orElseThrow(() -> new AssertionError("no «" + text + "» in " + all));
  }

  @Test
  void wednesdayEighteenthJuneIsFlaggedAsATuesday() throws IOException {
    TimeExpression t = find(tag("004"), "mercredi 18 juin");
    assertEquals("2024-06-18", t.value());
    assertEquals(java.time.DayOfWeek.TUESDAY, t.day().orElseThrow().getDayOfWeek());
    assertTrue(t.has(TimeFlag.WEEKDAY_MISMATCH));
    assertEquals(LocalDate.of(2024, 6, 19), t.weekdayDate());
    assertEquals(1, DateChecks.weekdayMismatches(tag("004")).size());
  }

  @Test
  void weekdaysAndRelativeDates() throws IOException {
    assertEquals("2024-06-17", find(tag("000"), "lundi").value());
    assertTrue(find(tag("000"), "lundi").has(TimeFlag.ANCHOR_INFERRED));
    assertEquals("2024-06-18", find(tag("003"), "mardi").value());
    assertEquals("2023-09", find(tag("004"), "septembre dernier").value());
    assertEquals("2023", find(tag("003"), "l'année dernière").value());
    assertEquals("1961", find(tag("002"), "1961").value());
  }

  @Test
  void commentCounterIsNotADate() throws IOException {
    String text = seed("000");
    assertTrue(text.contains("\n2823\n"));
    assertFalse(tag("000").stream().anyMatch(t -> t.text().contains("2823")));
  }
}
