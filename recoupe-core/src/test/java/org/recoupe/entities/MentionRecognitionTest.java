package org.recoupe.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.document.Token;

class MentionRecognitionTest {

  /** Tags every capitalised word that does not start its sentence as a place. */
  private static final EntityTagger CAPITALS = new EntityTagger() {
    @Override
    public boolean supports(String language) {
      return language.equals("fr") || language.equals("en");
    }

    @Override
    public List<TaggedRange> tag(List<String> words, String language) {
      List<TaggedRange> out = new ArrayList<>();
      for (int i = 1; i < words.size(); i++) {
        if (Character.isUpperCase(words.get(i).charAt(0))) {
          out.add(new TaggedRange(i, i + 1, EntityType.LOC));
        }
      }
      return out;
    }
  };

  private static Document document(String language) {
    String text = "Il va au Japon.\n\nPuis en Chine.";
    List<Sentence> sentences = List.of(
        new Sentence(new Span(0, 15), 0, List.of(token(0, 2, text), token(3, 5, text), token(6, 8, text),
            token(9, 14, text), token(14, 15, text))),
        new Sentence(new Span(17, 31), 1, List.of(token(17, 21, text), token(22, 24, text), token(25, 30, text),
            token(30, 31, text))));
    return Document.create("d").with(Keys.TEXT, text).with(Keys.SENTENCES, sentences)
        .with(Keys.METADATA, Metadata.EMPTY.withLanguage(language));
  }

  private static Token token(int start, int end, String text) {
    return new Token(new Span(start, end), text.substring(start, end));
  }

  @Test
  void declaresItsKeys() {
    MentionRecognition stage = new MentionRecognition(CAPITALS);
    assertEquals(Set.of(Keys.TEXT, Keys.SENTENCES, Keys.METADATA), stage.requires());
    assertEquals(Set.of(EntityKeys.MENTIONS), stage.provides());
  }

  @Test
  void findsMentionsWithOffsetsAndSentenceIndexes() {
    Document in = document("fr");
    Document out = new MentionRecognition(CAPITALS).apply(in);
    List<Mention> mentions = out.get(EntityKeys.MENTIONS);
    assertEquals(List.of(
        new Mention(new Span(9, 14), 0, EntityType.LOC, "Japon"),
        new Mention(new Span(25, 30), 1, EntityType.LOC, "Chine")), mentions);
    assertEquals(false, in.has(EntityKeys.MENTIONS));
    assertSame(in.get(Keys.TEXT), out.get(Keys.TEXT));
  }

  @Test
  void unknownLanguageIsReadAsFrenchAndUnsupportedOnesGetNothing() {
    Document unknown = document("fr").with(Keys.METADATA, Metadata.EMPTY);
    assertEquals(2, new MentionRecognition(CAPITALS).apply(unknown).get(EntityKeys.MENTIONS).size());
    Document german = document("de");
    assertEquals(List.of(), new MentionRecognition(CAPITALS).apply(german).get(EntityKeys.MENTIONS));
  }
}
