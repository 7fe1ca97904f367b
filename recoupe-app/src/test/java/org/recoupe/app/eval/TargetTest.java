package org.recoupe.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetTest {

  @Test
  void aFloorIsMetFromTheGoalUp() {
    Target f1 = Target.atLeast("span F1", 0.90);
    assertTrue(f1.met(0.90));
    assertFalse(f1.met(0.8999));
    assertEquals("  target span F1 ≥ 0.900: 0.794, NOT met", f1.line(0.794));
  }

  @Test
  void aCeilingIsMetFromTheGoalDown() {
    Target heap = new Target("peak heap MiB", 2048, false, "%,.0f");
    assertTrue(heap.met(309));
    assertFalse(heap.met(2049));
    assertEquals("  target peak heap MiB ≤ 2,048: 309, met", heap.line(309));
  }
}
