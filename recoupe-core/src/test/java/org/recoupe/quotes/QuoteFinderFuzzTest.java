package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random French-like sentences built from a fixed vocabulary (quotation marks, punctuation, clitics,
 * inverted verbs, source phrases, names, descriptions cut off after "de") never make {@link QuoteFinder}
 * throw. Seeded: a failure names its case and its text.
 */
class QuoteFinderFuzzTest {
  private static final long SEED = 20240611L;
  private static final int CASES = 3000;

  private static final List<String> VOCABULARY = List.of(
      "«", "»", "« ", " »", "“", "”", "\"", ",", ",", ":", ";", ".", "—", "–", "(", ")", "-", "'", "’",
      "a-t-on", "a-t-il", "a-t-elle", "dit-on", "fait-on", "explique-t-on", "assure-telle", "dit-til",
      "comme", "comme", "selon", "d'après", "dans", "l'", "l’", "qu'il", "qu'", "fait", "on", "en", "y", "à",
      "a", "pour", "par", "de", "du", "la", "le", "les", "un", "une", "son", "sa", "ce", "cet", "cette", "ces",
      "qui", "que", "et", "mais", "ne", "n'", "s'", "se", "il", "elle", "ils", "lui", "croire", "lire", "peut-on",
      "lit-on", "sur", "au", "aux", "chez", "du", "côté", "cote", "part", "défense", "quant", "entourage",
      "a", "dit", "déclaré", "ajouté", "estimé", "explique", "l'explique", "l'a", "rappelé", "observer",
      "valoir", "indiqué", "selon", "lundi", "matinée", "semaine", "dernière", "lendemain", "ministre",
      "procureur", "maire", "homme", "Augmentation", "Libération", "Paul", "Girard", "Marie", "Leroy", "M.",
      "Mme", "Renault", "Matignon", "l'Elysée", "l'Observatoire", "Pour", "Comme", "Selon", "En", "Dans",
      "Si", "Quand", "C'est", "Ce", "Aussi", "Dramdul", "said", "told", "according", "to", "the", "who",
      "ont", "est", "était", "avait", "suscite", "polémique", "rigole", "soupire", "tonne", "lançait",
      "composée", "écrite", "été", "3", "2024", "2,5", "de son côté", "pour sa part", "à en croire",
      "a-t-on ajouté", "fait-on observer", "comme l'a rappelé", "« Nous ne céderons rien »", "« Oui »", "“Yes,”",
      "Lorsque", "When", "Ça", "Ca", "Cela", "It", "ce", "celui-ci", "eux", "selon lui", "quant à lui",
      "Mme Claire Fabre", "le préfet de la Région", "lui aussi", "en a appelé", "s'est indigné", "se félicite",
      "cet homme", "cette habitante", "La semaine dernière", "Le lendemain", "En réponse au président",
      "le chef de", "la mère du");

  /** How a sentence ends: often a period, sometimes nothing at all (a cut-off text, a headline). */
  private static final List<String> ENDINGS = List.of(".", ".", ".", "", "", "?", " »", "…");

  @Test
  void randomSentencesNeverThrow() {
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      Random random = new Random(SEED);
      QuoteFinder finder = new QuoteFinder();
      for (int n = 0; n < CASES; n++) {
        String text = text(random);
        try {
          finder.find(text, Lines.paragraphs(text));
        } catch (RuntimeException e) {
          fail("case " + n + " threw on: " + text.replace("\n", "\\n"), e);
        }
      }
    });
  }

  /** One to three paragraphs of one to three sentences of 0 to 17 pieces each and an ending. */
  private static String text(Random random) {
    StringBuilder sb = new StringBuilder();
    int paragraphs = 1 + random.nextInt(3);
    for (int p = 0; p < paragraphs; p++) {
      int sentences = 1 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        int pieces = random.nextInt(18);
        for (int w = 0; w < pieces; w++) {
          if (w > 0 && random.nextInt(5) > 0) {
            sb.append(' ');
          }
          sb.append(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        }
        sb.append(ENDINGS.get(random.nextInt(ENDINGS.size())));
        sb.append(' ');
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
