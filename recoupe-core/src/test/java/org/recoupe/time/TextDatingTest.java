package org.recoupe.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dating a text by the latest day it names that is not in the future. */
class TextDatingTest {

  @Test
  void theLatestPastOrPresentDayWins() {
    String text = "Les deux guérilleros capturés le 2 juillet ont été entendus. Dans un communiqué daté du "
        + "5 juillet, les Farc les accusent. Le procès aura lieu le 20 juillet.";
    assertEquals(new TextDate(0, 7, 5), TextDating.estimate(text, "fr"));
  }

  @Test
  void prochainPutsADayInTheFuture() {
    assertEquals(new TextDate(0, 7, 2), TextDating.estimate(
        "Elle a été libérée le 2 juillet. Elle rentre en France le 1er septembre prochain.", "fr"));
  }

  @Test
  void daysWithAYearAreRemindersWhenOthersHaveNone() {
    assertEquals(new TextDate(0, 7, 2), TextDating.estimate(
        "Enlevée le 23 février 2002, libérée le 2 juillet, elle avait écrit le 30 novembre 2007.", "fr"));
    assertEquals(new TextDate(2023, 9, 13), TextDating.estimate(
        "Kim Jong-un a été reçu mercredi 13 septembre 2023 ; il était venu le 25 avril 2019.", "fr"));
  }

  @Test
  void daysAroundTheNewYearAreReadAcrossIt() {
    assertEquals(new TextDate(0, 1, 3), TextDating.estimate(
        "Le 28 décembre, le cessez-le-feu a été rompu ; les combats ont repris le 3 janvier.", "fr"));
  }

  @Test
  void englishDatesAndNoDate() {
    assertEquals(new TextDate(2024, 6, 19), TextDating.estimate(
        "The pact was signed on June 19, 2024. Talks will resume on July 2, 2024.", "en"));
    assertNull(TextDating.estimate("Hier, le président a parlé mercredi soir.", "fr"));
  }

  @Test
  void theDaysOnlyTaggerDatesTheSeedsAsTheFullTaggerDoes() throws IOException {
    Path dir = Path.of(System.getProperty("recoupe.shared"), "seeds");
    List<Path> seeds;
    try (Stream<Path> s = Files.list(dir)) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path p : seeds) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      assertEquals(TextDating.estimate(TimeTagger.forLanguage("fr").tag(text, null)), TextDating.estimate(text, "fr"), p.toString());
    }
    assertEquals(new TextDate(0, 6, 19), TextDating.estimate(Files.readString(seeds.get(0), StandardCharsets.UTF_8), "fr"));
  }

  @Test
  void daysOfTheYearMeetAroundTheCycle() {
    assertEquals(6, TextDate.cycleDistance(new TextDate(0, 12, 28).dayOfYear(), new TextDate(2025, 1, 3).dayOfYear()));
    assertEquals(59, new TextDate(0, 2, 29).dayOfYear());
    assertEquals(new TextDate(0, 6, 19), TimexValues.monthDay("XXXX-06-19T16:00"));
    assertNull(TimexValues.monthDay("2023-02-29"));
    assertNull(TimexValues.monthDay("XXXX-WXX-3"));
    assertThrows(java.time.DateTimeException.class, () -> new TextDate(0, 4, 31));
  }
}
