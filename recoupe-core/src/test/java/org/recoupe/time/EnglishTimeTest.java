package org.recoupe.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishTimeTest {
  /** Wednesday 19 June 2024. */
  static final Anchor ANCHOR = new Anchor(LocalDate.of(2024, 6, 19), Anchor.Source.PUBLISHED);

  static List<TimeExpression> tag(String text) {
    return TimeTagger.forLanguage("en").tag(text, ANCHOR);
  }

  static void assertValue(String text, String covered, String value) {
    List<TimeExpression> all = tag(text);
    assertEquals(1, all.size(), () -> text + " -> " + all);
    assertEquals(covered, all.get(0).text(), text);
    assertEquals(value, all.get(0).value(), text);
  }

  @Test
  void dates() {
    assertValue("The treaty was signed on June 19, 2024 in Pyongyang.", "June 19, 2024", "2024-06-19");
    assertValue("They met on 9 June.", "9 June", "2024-06-09");
    assertValue("Talks resumed in March.", "March", "2024-03");
  }

  @Test
  void weekdaysFollowTheTense() {
    assertValue("The meeting was held on Thursday.", "Thursday", "2024-06-13");
    assertValue("The meeting will take place on Thursday.", "Thursday", "2024-06-20");
    assertValue("He arrived last Tuesday.", "last Tuesday", "2024-06-18");
    assertValue("They will meet next Thursday.", "next Thursday", "2024-06-20");
    assertValue("Putin landed before dawn.", "before dawn", "2024-06-19TMO");
  }

  @Test
  void relative() {
    assertValue("Prices fell last year.", "last year", "2023");
    assertValue("He will leave next week.", "next week", "2024-W26");
    assertValue("He arrived two weeks ago.", "two weeks ago", "2024-06-05");
    assertValue("He left yesterday.", "yesterday", "2024-06-18");
  }

  @Test
  void clockDurationsCenturies() {
    assertValue("The talks began at 4 p.m. in the capital.", "4 p.m.", "2024-06-19T16:00");
    List<TimeExpression> d = tag("The talks lasted about two hours.");
    assertEquals("PT2H", d.get(0).value());
    assertEquals("APPROX", d.get(0).mod());
    assertValue("It was his first visit for 24 years.", "24 years", "P24Y");
    assertValue("Music of the 1960s.", "the 1960s", "196");
    assertValue("In the 19th century, nothing.", "the 19th century", "18XX");
  }

  @Test
  void bareNumbersAndModalMay() {
    assertEquals(List.of(), tag("They shipped 11,000 containers and 20 articles."));
    assertEquals(List.of(), tag("It may rain."));
    assertTrue(tag("He left in May.").get(0).value().equals("2024-05"));
  }
}
