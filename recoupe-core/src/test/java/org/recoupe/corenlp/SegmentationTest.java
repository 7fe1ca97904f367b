package org.recoupe.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.document.Token;

class SegmentationTest {
  private static final Segmentation STAGE = new Segmentation();

  /** A document whose paragraphs are separated by blank lines, as cleaning leaves them. */
  static Document document(String text, String language) {
    List<Span> paragraphs = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf("\n\n", start);
      int stop = end < 0 ? text.length() : end;
      if (stop > start) {
        paragraphs.add(new Span(start, stop));
      }
      if (end < 0) {
        break;
      }
      start = end + 2;
    }
    return Document.create("t")
        .with(Keys.TEXT, text)
        .with(Keys.PARAGRAPHS, paragraphs)
        .with(Keys.METADATA, Metadata.EMPTY.withLanguage(language));
  }

  static List<Sentence> sentences(String text, String language) {
    Document done = STAGE.apply(document(text, language));
    SegmentationInvariants.check(done);
    return done.get(Keys.SENTENCES);
  }

  private static List<String> sentenceTexts(String text, String language) {
    return sentences(text, language).stream().map(s -> s.span().of(text)).collect(Collectors.toList());
  }

  private static List<String> tokenTexts(String text, String language) {
    return sentences(text, language).stream()
        .flatMap(s -> s.tokens().stream())
        .map(t -> t.span().of(text))
        .collect(Collectors.toList());
  }

  @Test
  void frenchTitlesAndAbbreviationsDoNotEndSentences() {
    String text = "Hier, M. Poutine a reçu MM. Poutine et Kim au Kremlin. Mme Lefèvre et le Dr Roux "
        + "ont visité St. Petersbourg, Moscou, etc. avant de rentrer. Le Pr Martin est parti.";
    assertEquals(List.of(
        "Hier, M. Poutine a reçu MM. Poutine et Kim au Kremlin.",
        "Mme Lefèvre et le Dr Roux ont visité St. Petersbourg, Moscou, etc. avant de rentrer.",
        "Le Pr Martin est parti."), sentenceTexts(text, "fr"));
    List<String> tokens = tokenTexts(text, "fr");
    assertTrue(tokens.containsAll(List.of("M.", "MM.", "St.")), tokens.toString());
  }

  @Test
  void hyphenatedGivenNameIsOneToken() {
    assertEquals(List.of("Le", "dirigeant", "Kim", "Jong-un", "a", "parlé", "."),
        tokenTexts("Le dirigeant Kim Jong-un a parlé.", "fr"));
  }

  @Test
  void elisionIsSplitAfterTheApostrophe() {
    assertEquals(List.of("Selon", "l’", "ONU", "et", "l'", "ONU", ",", "c’", "est", "fini", "."),
        tokenTexts("Selon l’ONU et l'ONU, c’est fini.", "fr"));
  }

  @Test
  void guillemetsWithNoBreakSpacesAreTokensOfTheirOwn() {
    String text = "Il a dit «\u00a0non\u00a0» puis «\u202fpeut-être\u202f».";
    assertEquals(List.of("Il", "a", "dit", "«", "non", "»", "puis", "«", "peut-être", "»", "."),
        tokenTexts(text, "fr"));
  }

  @Test
  void numbersWithSpacedThousandsAreOneToken() {
    String text = "Il y avait 11\u202f000 soldats, 11\u00a0000 chars, 11 000 obus, 140 000 balles, "
        + "1 000 000 euros, 1\u202f234,5 tonnes et en 2023 150 morts.";
    List<String> tokens = tokenTexts(text, "fr");
    assertTrue(tokens.containsAll(List.of(
        "11\u202f000", "11\u00a0000", "11 000", "140 000", "1 000 000", "1\u202f234,5", "2023", "150")),
        tokens.toString());
  }

  @Test
  void ordinalsCompoundsDatesAndUrlsAreOneToken() {
    String text = "Le 3ème vice-Premier ministre, né au XXe siècle, arrive le 1er mai et le "
        + "19/06/2024 (voir https://www.example.org/a/b.html?x=1).";
    List<String> tokens = tokenTexts(text, "fr");
    assertTrue(tokens.containsAll(List.of(
        "3ème", "vice-Premier", "XXe", "1er", "19/06/2024", "https://www.example.org/a/b.html?x=1")),
        tokens.toString());
  }

  @Test
  void englishAbbreviationsAndContractions() {
    String text = "Mr. Putin met the U.S. envoy. He said he doesn't know. She didn't either.";
    assertEquals(List.of(
        "Mr. Putin met the U.S. envoy.", "He said he doesn't know.", "She didn't either."),
        sentenceTexts(text, "en"));
    List<String> tokens = tokenTexts(text, "en");
    assertTrue(tokens.containsAll(List.of("Mr.", "U.S.", "does", "n't", "did")), tokens.toString());
  }

  @Test
  void sentenceFinalAbbreviationKeepsExactSpans() {
    String text = "The talks involved the U.S. They came to nothing.";
    List<Sentence> sentences = sentences(text, "en");
    assertEquals(2, sentences.size());
    Token last = sentences.get(0).tokens().get(sentences.get(0).tokens().size() - 2);
    assertEquals("U.S.", last.text());
    assertEquals("U.S", last.span().of(text));
  }

  @Test
  void headlineAndCaptionAreSentencesOfTheirOwn() {
    String text = "Accord signé à Pyongyang\n\nLe président, lors d’une réunion, le 19 juin 2024\n\n"
        + "Les deux dirigeants ont signé un accord. Il entre en vigueur demain.";
    List<Sentence> sentences = sentences(text, "fr");
    assertEquals(List.of(0, 1, 2, 2),
        sentences.stream().map(Sentence::paragraph).collect(Collectors.toList()));
    assertEquals("Accord signé à Pyongyang", sentences.get(0).span().of(text));
  }

  @Test
  void quotationKeepsItsAttribution() {
    String text = "« Nous viendrons. Nous resterons ! », a déclaré le ministre. "
        + "« Partez ! » a-t-il lancé. "
        + "Vraiment ? demanda-t-elle.";
    assertEquals(List.of(
        "« Nous viendrons.",
        "Nous resterons ! », a déclaré le ministre.",
        "« Partez ! » a-t-il lancé.",
        "Vraiment ? demanda-t-elle."), sentenceTexts(text, "fr"));
  }

  @Test
  void strayPunctuationJoinsThePreviousSentence() {
    assertEquals(List.of("Il a noté x...", "Puis il est parti."),
        sentenceTexts("Il a noté x... Puis il est parti.", "fr"));
    assertEquals(List.of("He wrote x...", "Then he left."),
        sentenceTexts("He wrote x... Then he left.", "en"));
  }

  @Test
  void languageComesFromMetadataElseFromTheText() {
    assertEquals(CoreNlpLanguage.ENGLISH,
        Segmentation.language(Metadata.EMPTY.withLanguage("en-GB"), "le la les"));
    assertEquals(CoreNlpLanguage.FRENCH,
        Segmentation.language(Metadata.EMPTY.withLanguage("fr"), "the of and"));
    assertEquals(CoreNlpLanguage.ENGLISH,
        Segmentation.language(Metadata.EMPTY, "The minister said that the talks were over."));
    assertEquals(CoreNlpLanguage.FRENCH,
        Segmentation.language(Metadata.EMPTY, "Le ministre a dit que les discussions étaient finies."));
  }

  @Test
  void concurrentUseGivesTheSameSentences() throws Exception {
    List<Document> docs = List.of(
        document("M. Dupont est venu. Il est reparti le 3ème jour.", "fr"),
        document("Mr. Smith didn't come. He'll be back.", "en"),
        document("« Oui ! », dit-elle.\n\nTitre sans point", "fr"));
    List<List<Sentence>> expected = docs.stream().map(d -> STAGE.apply(d).get(Keys.SENTENCES)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int k = i % docs.size();
        results.add(pool.submit(() -> STAGE.apply(docs.get(k)).get(Keys.SENTENCES).equals(expected.get(k))));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void emptyTextHasNoSentences() {
    assertTrue(sentences("", "fr").isEmpty());
  }
}
