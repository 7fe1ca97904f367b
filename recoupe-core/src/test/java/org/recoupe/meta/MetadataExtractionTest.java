package org.recoupe.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Document;
import org.recoupe.document.Format;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Removal;
import org.recoupe.document.SourceRef;
import org.recoupe.document.Span;

class MetadataExtractionTest {
  private static final String BODY = "Le conseil municipal a voté mardi soir la fermeture de la piscine pour deux ans. "
      + "Les travaux commenceront en septembre, a précisé le maire lors d'une conférence de presse.";

  private static Metadata run(Format format, String original, String text, Metadata hints, List<Removal> removed) {
    Document d = Document.create("t")
        .with(Keys.SOURCE, new SourceRef("t", null, format))
        .with(Keys.ORIGINAL, original)
        .with(Keys.HINTS, hints)
        .with(Keys.TEXT, text)
        .with(Keys.REMOVED, removed);
    return new MetadataExtraction().apply(d).get(Keys.METADATA);
  }

  @Test
  void hintsBeatMarkupAndText() {
    String html = "<html lang='fr'><head><meta property='og:title' content='Titre du balisage'>"
        + "<meta property='og:url' content='https://www.lemonde.fr/a'></head><body><p>" + BODY + "</p></body></html>";
    Metadata hints = Metadata.EMPTY.withTitle("Titre du flux");
    Metadata m = run(Format.HTML, html, BODY, hints, List.of());
    assertEquals("Titre du flux", m.title());
    assertEquals("Le Monde", m.outlet(), "outlet from the curated host table");
    assertEquals("fr", m.language());
  }

  @Test
  void outletFallsBackOnHost() {
    Metadata m = run(Format.TEXT, "Un titre de test assez long\n\n" + BODY, BODY,
        Metadata.EMPTY.withUrl("https://www.petit-journal.example/a/b"), List.of());
    assertEquals("Petit-journal", m.outlet());
  }

  @Test
  void detectedLanguageBeatsDeclaredOne() {
    Metadata m = run(Format.TEXT, BODY, BODY, Metadata.EMPTY.withLanguage("en"), List.of());
    assertEquals("fr", m.language());
  }

  @Test
  void declaredLanguageServesForShortText() {
    Metadata m = run(Format.TEXT, "Oui.", "Oui.", Metadata.EMPTY.withLanguage("fr-CA"), List.of());
    assertEquals("fr", m.language());
  }

  @Test
  void readsWhatCleaningRemovedInTheMiddle() {
    String filler = (BODY + "\n\n").repeat(30);
    String original = "Un titre de test assez long\n\n" + filler + "Par Paul Martin\n\n" + filler;
    int at = original.indexOf("Par Paul Martin");
    Removal byline = new Removal(new Span(at, at + "Par Paul Martin".length()), "byline", "Par Paul Martin");
    Metadata m = run(Format.TEXT, original, BODY, Metadata.EMPTY, List.of(byline));
    assertEquals(List.of("Paul Martin"), m.authors());
    assertTrue(run(Format.TEXT, original, BODY, Metadata.EMPTY, List.of()).authors().isEmpty(),
        "a byline in the middle of the page is read only when cleaning marks it");
  }
}
