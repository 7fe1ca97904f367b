package org.recoupe.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Published;

class TimeStageTest {
  private static Document doc(String text, Metadata meta) {
    return Document.create("d").with(Keys.TEXT, text).with(Keys.METADATA, meta);
  }

  @Test
  void anchorsOnThePublicationDate() {
    Metadata meta = Metadata.EMPTY.withPublished(new Published(LocalDate.of(2024, 6, 19), null, null, "meta"));
    Document in = doc("Il a parlé lundi.", meta);
    List<TimeExpression> t = new TimeStage().apply(in).get(TimeKeys.TIMEXES);
    assertEquals("2024-06-17", t.get(0).value());
    assertEquals(Anchor.Source.PUBLISHED, t.get(0).anchor().source());
    assertTrue(!in.has(TimeKeys.TIMEXES));
  }

  @Test
  void withoutPublicationDateUsesTheCallersDateThenTheText() {
    Document in = doc("Il a parlé lundi.", Metadata.EMPTY);
    TimeExpression t = new TimeStage(LocalDate.of(2024, 6, 19)).apply(in).get(TimeKeys.TIMEXES).get(0);
    assertEquals("2024-06-17", t.value());
    assertTrue(t.has(TimeFlag.ANCHOR_INFERRED));
    Document written = doc("Publié le 19 juin 2024.\n\nIl a parlé lundi.", Metadata.EMPTY);
    TimeExpression u = new TimeStage().apply(written).get(TimeKeys.TIMEXES).get(1);
    assertEquals("2024-06-17", u.value());
    assertEquals(Anchor.Source.TEXT, u.anchor().source());
  }
}
