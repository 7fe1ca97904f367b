package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.clean.CleanText;
import org.recoupe.clean.PlainTextCleaner;

/** The seeds (read from ../shared) quoted the right people, and the translated pairs group. */
class SeedQuotesTest {
  private static final Path SEEDS = Path.of(System.getProperty("recoupe.shared", "../shared"), "seeds");

  private static List<Quote> quotes(String file) throws IOException {
    String text = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
    CleanText clean = new PlainTextCleaner().clean(text);
    return new QuoteFinder().find(clean.text().text(), clean.paragraphs());
  }

  private static Quote containing(List<Quote> quotes, String words) {
    return quotes.stream().filter(q -> q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quotation containing " + words));
  }

  private static void saidBy(List<Quote> quotes, String words, String speakerWord) {
    Quote q = containing(quotes, words);
    assertNotNull(q.speaker(), () -> "no speaker for « " + words + " »");
    assertTrue(q.speaker().text().contains(speakerWord),
        () -> "« " + words + " » said by " + q.speaker().text() + ", expected " + speakerWord);
  }

  @Test
  void leMondeQuotesHaveTheirSpeakers() throws IOException {
    List<Quote> qs = quotes("000_08be6eebef01dac5.txt");
    saidBy(qs, "nouveau document fondamental", "Poutine");
    saidBy(qs, "largement avancé", "Poutine");
    saidBy(qs, "assistance mutuelle", "président russe");
    saidBy(qs, "véritablement révolutionnaire", "président russe");
    saidBy(qs, "Ce traité puissant", "Kim");
    saidBy(qs, "meilleur ami du peuple coréen", "Kim");
    saidBy(qs, "Pyongyang a le droit", "Poutine");
    saidBy(qs, "conflit armé", "Poutine");
    saidBy(qs, "doit être réexaminé", "président russe");
    saidBy(qs, "évolution profonde", "Kremlin");
    saidBy(qs, "beaux cadeaux", "Ouchakov");
    saidBy(qs, "plusieurs variantes", "Ouchakov");
  }

  @Test
  void agencyRelayAndPronounsInTheOtherSeeds() throws IOException {
    List<Quote> q003 = quotes("003_846533cde21561fe.txt");
    saidBy(q003, "assistance mutuelle", "Poutine");
    assertTrue(containing(q003, "assistance mutuelle").via().text().contains("Tass"));
    saidBy(q003, "alignement très étroit", "Stoltenberg");
    saidBy(q003, "source d’inquiétude", "Karine Jean-Pierre");
    saidBy(q003, "Cela pourrait abaisser", "Cha");
    List<Quote> q001 = quotes("001_5fa39f8d7c588f4a.txt");
    saidBy(q001, "forteresse stratégique", "KCNA");
    saidBy(q001, "importantes munitions", "Blinken");
    List<Quote> q004 = quotes("004_c900b999961e57c5.txt");
    saidBy(q004, "Nous apprécions beaucoup", "Vladimir Poutine");
    saidBy(q004, "entier soutien", "dirigeant nord-coréen");
  }

  @Test
  void theTwoTranslationsOfTheTreatyQuoteAreOneStatement() throws IOException {
    List<StatementGrouping.Sourced> all = new ArrayList<>();
    for (String f : List.of("000_08be6eebef01dac5.txt", "001_5fa39f8d7c588f4a.txt", "002_37583b9e21bd8735.txt",
        "003_846533cde21561fe.txt", "004_c900b999961e57c5.txt")) {
      for (Quote q : quotes(f)) {
        all.add(new StatementGrouping.Sourced(f.substring(0, 3), q));
      }
    }
    List<Statement> statements = new StatementGrouping().group(all);
    Statement treaty = statements.stream()
        .filter(s -> s.wordings().stream().anyMatch(w -> w.quote().text().contains("assistance mutuelle")))
        .findFirst().orElseThrow();
    assertEquals(List.of("000", "003"), treaty.articleIds());
    Statement support = statements.stream()
        .filter(s -> s.wordings().stream().anyMatch(w -> w.quote().text().contains("Nous apprécions")))
        .findFirst().orElseThrow();
    assertEquals(List.of("002", "004"), support.articleIds());
  }
}
