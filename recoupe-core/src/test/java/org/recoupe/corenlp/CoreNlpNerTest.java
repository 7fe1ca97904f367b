package org.recoupe.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.document.Token;
import org.recoupe.entities.EntityKeys;
import org.recoupe.entities.EntityType;
import org.recoupe.entities.Mention;
import org.recoupe.entities.MentionRecognition;
import org.recoupe.entities.TaggedRange;

/** The one test class that loads the CRF models (slow: both are loaded once for all tests). */
class CoreNlpNerTest {
  private final CoreNlpNer ner = CoreNlpNer.get();

  private static List<String> words(String sentence) {
    return Arrays.asList(sentence.split(" "));
  }

  @Test
  void tagsFrenchSentences() {
    List<TaggedRange> ranges = ner.tag(words("En France , Emmanuel Macron a reçu le chancelier allemand à Paris ."), "fr");
    assertTrue(ranges.contains(new TaggedRange(1, 2, EntityType.LOC)), ranges::toString);
    assertTrue(ranges.contains(new TaggedRange(3, 5, EntityType.PER)), ranges::toString);
    assertTrue(ranges.contains(new TaggedRange(11, 12, EntityType.LOC)), ranges::toString);
  }

  @Test
  void tagsEnglishSentences() {
    List<TaggedRange> ranges = ner.tag(words("Barack Obama went to Paris with the United Nations ."), "en");
    assertEquals(List.of(new TaggedRange(0, 2, EntityType.PER), new TaggedRange(4, 5, EntityType.LOC),
        new TaggedRange(7, 9, EntityType.ORG)), ranges);
  }

  @Test
  void knowsItsLanguagesAndModelLabels() {
    assertTrue(ner.supports("fr"));
    assertTrue(ner.supports("en"));
    assertFalse(ner.supports("de"));
    assertThrows(IllegalArgumentException.class, () -> NerModels.forLanguage("de"));
    assertEquals(EntityType.PER, CoreNlpNer.typeOf("I-PER"));
    assertEquals(EntityType.ORG, CoreNlpNer.typeOf("ORGANIZATION"));
    assertNull(CoreNlpNer.typeOf("O"));
  }

  @Test
  void theStageCorrectsWhatTheModelFinds() {
    String text = "Selon l’ agence TASS , le vice-Premier ministre russe est arrivé au Japon .";
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      tokens.add(new Token(new Span(at, at + w.length()), w));
      at += w.length() + 1;
    }
    Document doc = Document.create("t").with(Keys.TEXT, text)
        .with(Keys.SENTENCES, List.of(new Sentence(new Span(0, text.length()), 0, tokens)))
        .with(Keys.METADATA, Metadata.EMPTY.withLanguage("fr"));
    List<Mention> mentions = new MentionRecognition(ner).apply(doc).get(EntityKeys.MENTIONS);
    assertTrue(mentions.contains(new Mention(new Span(16, 20), 0, EntityType.ORG, "TASS")), mentions::toString);
    assertTrue(mentions.contains(new Mention(new Span(68, 73), 0, EntityType.LOC, "Japon")), mentions::toString);
    for (Mention m : mentions) {
      assertFalse(m.text().startsWith("au "), m::toString);
    }
  }
}
