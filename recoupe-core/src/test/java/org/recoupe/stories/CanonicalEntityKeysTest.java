package org.recoupe.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Document;
import org.recoupe.document.Metadata;
import org.recoupe.document.Span;
import org.recoupe.entities.EntityKeys;
import org.recoupe.entities.EntityType;
import org.recoupe.entities.LinkedMention;
import org.recoupe.entities.LocalEntities;
import org.recoupe.entities.LocalEntity;
import org.recoupe.entities.Mention;

/** Entity keys that meet across French and English. */
class CanonicalEntityKeysTest {
  private static final CanonicalEntityKeys KEYS = new CanonicalEntityKeys();

  @Test
  void capitalisedNamesAreFoldedToAliasAndPhoneticKeys() {
    List<String> fr = KEYS.keys(TestArticles.document("fr", "Le président Vladimir Poutine est arrivé en Russie.", Metadata.EMPTY));
    List<String> en = KEYS.keys(TestArticles.document("en", "In the end Vladimir Putin flew back to Russia.", Metadata.EMPTY));
    assertEquals(List.of("vladimir putin", "vladimir", "putin", "country:RU"), fr);
    assertEquals(fr, en);
  }

  @Test
  void linkedEntitiesCountOncePerMentionAndPeopleAlsoBySurname() {
    String text = "Vladimir Poutine est en Russie. Poutine a parlé au dirigeant nord-coréen.";
    List<LinkedMention> mentions = List.of(
        new LinkedMention(new Mention(new Span(0, 16), 0, EntityType.PER, "Vladimir Poutine"), false, 0),
        new LinkedMention(new Mention(new Span(23, 29), 0, EntityType.LOC, "Russie"), false, 1),
        new LinkedMention(new Mention(new Span(31, 38), 1, EntityType.PER, "Poutine"), false, 0),
        new LinkedMention(new Mention(new Span(48, 71), 1, EntityType.PER, "dirigeant nord-coréen"), true, 2));
    LocalEntities entities = new LocalEntities(mentions, List.of(
        new LocalEntity(0, EntityType.PER, "Vladimir Poutine", true, List.of("Vladimir Poutine", "Poutine"), List.of(0, 2), List.of(), List.of()),
        new LocalEntity(1, EntityType.LOC, "Russie", true, List.of("Russie"), List.of(1), List.of(), List.of()),
        new LocalEntity(2, EntityType.PER, "dirigeant nord-coréen", false, List.of("dirigeant nord-coréen"), List.of(3), List.of(), List.of())));
    Document d = TestArticles.document("fr", text, Metadata.EMPTY).with(EntityKeys.ENTITIES, entities);
    assertEquals(List.of("vladimir putin", "putin", "vladimir putin", "putin", "country:RU"), KEYS.keys(d));
  }
}
