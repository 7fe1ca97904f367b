package org.recoupe.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Removal;
import org.recoupe.document.Span;

/**
 * The cleaner on the five scraped seed articles (read from {@code ../shared/seeds}, never copied):
 * their boilerplate lines are gone, their content paragraphs and headings kept. A test on the seeds,
 * not a rule about them: the cleaner has no list of these lines.
 */
class SeedCleaningTest {
  private final PlainTextCleaner cleaner = new PlainTextCleaner();

  private static String seed(String prefix) throws IOException {
    Path dir = Path.of(System.getProperty("recoupe.shared", "../shared"), "seeds");
    assumeTrue(Files.isDirectory(dir), "no seeds at " + dir);
    try (Stream<Path> files = Files.list(dir)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  /** Cleans a seed and checks the alignment and removals are consistent with the original. */
  private CleanText clean(String original) {
    CleanText c = cleaner.clean(original);
    for (Span p : c.paragraphs()) {
      String kept = p.of(c.text().text());
      int start = c.text().map().toSource(p.start());
      assertEquals(kept, original.substring(start, start + kept.length()));
    }
    for (Removal r : c.removed()) {
      assertFalse(r.span().of(original).isBlank(), "empty removal " + r);
    }
    return c;
  }

  /** Compared with plain spaces and apostrophes, as the seeds mix them. */
  private static void gone(CleanText c, String... lines) {
    String text = LineVocabulary.normalise(c.text().text());
    for (String line : lines) {
      assertFalse(text.contains(LineVocabulary.normalise(line)), "still there: " + line);
    }
  }

  private static void kept(CleanText c, String... lines) {
    String text = LineVocabulary.normalise(c.text().text());
    for (String line : lines) {
      assertTrue(text.contains(LineVocabulary.normalise(line)), "lost: " + line);
    }
  }

  private static void removedAs(CleanText c, String reason, String text) {
    List<Removal> removed = c.removed();
    assertTrue(removed.stream().anyMatch(r -> r.reason().equals(reason) && r.text().contains(text)),
        "no " + reason + " removal holding " + text + " in " + removed);
  }

  private static void assertStarts(String paragraph, String start) {
    assertTrue(LineVocabulary.normalise(paragraph).startsWith(LineVocabulary.normalise(start)),
        paragraph);
  }

  private static String paragraph(CleanText c, int i) {
    return c.paragraphs().get(i).of(c.text().text());
  }

  @Test
  void seed000() throws IOException {
    CleanText c = clean(seed("000_"));
    assertStarts(paragraph(c, 0), "Vladimir Poutine et Kim Jong-un signent un accord");
    gone(c, "2823", "lors d’une réunion à Pyongyang, le 19", "Le Monde Application",
        "La Matinale du Monde", "Chaque matin, retrouvez", "Télécharger l’application", "Lire aussi",
        "Le Monde avec AFP", "Réutiliser ce contenu", "Source link");
    kept(c, "ont signé, mercredi 19", "« Une coopération militaro-technique »",
        "Reflet de l’évolution de la situation géopolitique", "Selon les agences de presse russes",
        "S’agissant des cadeaux offerts");
    removedAs(c, Reason.CREDIT, "Le Monde avec AFP");
    removedAs(c, Reason.COMMENT_COUNT, "2823");
    removedAs(c, Reason.CAPTION, "lors d’une réunion");
  }

  @Test
  void seed001() throws IOException {
    CleanText c = clean(seed("001_"));
    assertStarts(paragraph(c, 0), "Kim promet son « plein soutien »");
    gone(c, "Dernières Nouvelles | News 24", "| Actualités politiques", "Gavriil Grigorov",
        "Poutine et Kim marchent sur la place", "accueil somptueux", "Le cortège emmenant",
        "Les dirigeants ont voyagé en cortège", "Source link");
    kept(c, "Le président russe a déclaré à Kim Jong Un", "Bienvenue sur le tapis rouge",
        "Inquiétudes concernant les armes", "Poutine et Kim se sont rencontrés pour la dernière fois",
        "Les tensions dans la péninsule coréenne", "La Corée du Sud a déclaré mardi");
    removedAs(c, Reason.CREDIT, "[Gavriil Grigorov/Sputnik, Pool via AFP]");
    removedAs(c, Reason.CAPTION, "accueil somptueux");
  }

  @Test
  void seed002() throws IOException {
    CleanText c = clean(seed("002_"));
    assertStarts(paragraph(c, 0), "Poutine et Kim Jong-un signent un nouveau chapitre");
    gone(c, "Menu", "24matins", "Navigation", "Faits Divers", "En ce moment", "Jardin",
        "International > Russie", "Par Jérôme Nelra", "Illustration. Pyongyang", "Tl;dr",
        "Rencontre diplomatique de renforcement", "Le Récap", "En savoir plus", "Bourevestnik",
        "Vous aimez nos contenus", "Recevoir la newsletter", "Nous contacter", "Infos Légales",
        "Tous droits réservés");
    kept(c, "Lors du sommet entre la Russie et la Corée du Nord",
        "Un renforcement des liens Russie – Corée du Nord", "Une bienveillance feinte",
        "Une coopération militaire au centre de la rencontre", "En réponse à cette aide précieuse");
    assertEquals(1, count(c.text().text(), "Une coopération militaire au centre de la rencontre"));
    removedAs(c, Reason.BYLINE, "Par Jérôme Nelra, publié le 19 juin 2024 à 16h00.");
    removedAs(c, Reason.BREADCRUMB, "International > Russie > Corée du Nord");
    removedAs(c, Reason.CREDIT, "ADN");
    removedAs(c, Reason.COPYRIGHT, "© 2025");
  }

  @Test
  void seed003() throws IOException {
    CleanText c = clean(seed("003_"));
    kept(c, "La Russie et la Corée du Nord signent un pacte de défense mutuelle : Poutine",
        "La visite du président russe Vladimir Poutine en Corée du Nord soulève de vives inquiétudes",
        "Mercredi, la Russie et la Corée du Nord ont signé",
        "La visite de Poutine en Corée du Nord soulève de nombreuses questions");
    assertTrue(c.removed().isEmpty(), "nothing to remove: " + c.removed());
  }

  @Test
  void seed004() throws IOException {
    CleanText c = clean(seed("004_"));
    kept(c, "Le président russe, Vladimir Poutine, arrivé dans la nuit",
        "Invincibilité et la durabilité » des relations bilatérales",
        "En septembre dernier, Kim Jong-un s’était rendu");
    assertTrue(c.removed().isEmpty(), "nothing to remove: " + c.removed());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
