package org.recoupe.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A story's days of the year: counts around the cycle and the day most of them lie around. */
class StoryDaysTest {

  @Test
  void withinCountsAcrossTheNewYear() {
    StoryDays days = new StoryDays();
    for (int d : new int[] {363, 2, 5, 180}) {
      days.add(d);
    }
    assertEquals(3, days.within(0, 5));
    assertEquals(1, days.within(180, 45));
    assertEquals(4, days.within(0, 183));
    days.remove(2);
    assertEquals(2, days.within(0, 5));
    assertThrows(IllegalStateException.class, () -> days.remove(7));
  }

  @Test
  void theModeLeavesOneOccurrenceOutWhenAsked() {
    StoryDays days = new StoryDays();
    for (int d : new int[] {100, 101, 103, 200, 200}) {
      days.add(d);
    }
    long mode = days.mode(7, -1);
    assertEquals(100, StoryDays.day(mode));
    assertEquals(3, StoryDays.support(mode));
    assertEquals(2, StoryDays.support(days.mode(7, 101)));
    assertEquals(200, StoryDays.day(days.mode(0, -1)), "ties go to the earliest day: 200 has two");
    assertEquals(-1, new StoryDays().mode(7, -1));
  }
}
