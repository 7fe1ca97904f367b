package org.recoupe.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 19);
  private static final Anchor ANCHOR = new Anchor(DAY, Anchor.Source.PUBLISHED);

  private static List<DatedSentence> dated(String id, String text) {
    List<TimeExpression> t = TimeTagger.forLanguage("fr").tag(text, ANCHOR);
    return Timeline.datedSentences(id, text, SentenceBounds.split(text), t, DAY);
  }

  @Test
  void backgroundVersusTheDaysEvents() {
    List<DatedSentence> d = dated("a", "Les deux dirigeants ont signé mercredi un accord. "
        + "En septembre dernier, Kim s'était rendu en Russie. Le Kremlin avait déclaré plus tôt mercredi que tout était prêt.");
    assertEquals(3, d.size());
    assertFalse(d.get(0).background());
    assertEquals("2024-06-19", d.get(0).value());
    assertTrue(d.get(1).background());
    assertEquals("2023-09", d.get(1).value());
    assertFalse(d.get(2).background());
  }

  @Test
  void mergeGroupsSameDateAndSimilarSentences() {
    List<DatedSentence> a = dated("a", "Poutine et Kim ont signé mercredi un accord de partenariat. L'année dernière, Kim a visité la Russie.");
    List<DatedSentence> b = dated("b", "Mercredi, Poutine et Kim ont signé un accord de partenariat stratégique.");
    List<TimelineEvent> events = Timeline.merge(List.of(a, b));
    assertEquals(2, events.size());
    assertEquals("2023", events.get(0).value());
    assertTrue(events.get(0).background());
    assertEquals(List.of("a", "b"), events.get(1).articleIds());
    assertEquals(2, events.get(1).mentions().size());
  }

  @Test
  void sameEventDatedDifferentlyIsReported() {
    List<DatedSentence> a = dated("a", "Poutine et Kim ont signé un accord de partenariat le 19 juin.");
    List<DatedSentence> b = dated("b", "Poutine et Kim ont signé un accord de partenariat le 18 juin.");
    List<DatedSentence> c = dated("c", "La bourse de Tokyo a fermé en hausse le 18 juin.");
    List<DateDisagreement> found = DateChecks.disagreements(a, b, Timeline.SAME_EVENT);
    assertEquals(1, found.size());
    assertEquals("2024-06-19", found.get(0).first().value());
    assertEquals("2024-06-18", found.get(0).second().value());
    assertEquals(List.of(), DateChecks.disagreements(a, c, Timeline.SAME_EVENT));
  }
}
