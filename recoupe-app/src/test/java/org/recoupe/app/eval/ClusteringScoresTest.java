package org.recoupe.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {
  @Test
  void perfectClusteringScoresOne() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
    ClusteringScores s = ClusteringScores.of(Map.of("a", "1", "b", "1", "c", "2"), gold);
    assertEquals(1.0, s.f1(), 1e-9);
    assertEquals(1.0, s.adjustedRand(), 1e-9);
  }

  @Test
  void mergingTwoStoriesHalvesPrecision() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
    ClusteringScores s = ClusteringScores.of(Map.of("a", "1", "b", "1", "c", "1", "d", "1"), gold);
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
    assertEquals(0.0, s.adjustedRand(), 1e-9);
  }

  @Test
  void goldLabelsComeFromFileNames() {
    assertEquals("t07_c2", Rpm2Corpus.storyOf("t07_c2_10"));
    assertEquals("t07", Rpm2Corpus.topicOf("t07_c2"));
  }
}
