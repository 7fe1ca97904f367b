package org.recoupe.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Removal;
import org.recoupe.document.Span;

/** One test per rule of {@link PlainTextCleaner}, on pages written here, in French and English. */
class PlainTextCleanerTest {
  private static final String FR_1 = "Le conseil municipal de Montbrison a voté mardi soir un budget"
      + " en hausse de 4 %, porté par la rénovation de l’école des Tilleuls et du gymnase.";
  private static final String FR_2 = "Selon le maire, les travaux commenceront à l’automne et dureront"
      + " dix-huit mois, le temps de désamianter les bâtiments construits dans les années 1960.";
  private static final String FR_3 = "L’opposition a dénoncé une hausse des impôts locaux qu’elle juge"
      + " inévitable, tandis que la majorité assure que les taux resteront stables jusqu’en 2027.";
  private static final String EN_1 = "The harbour authority said on Tuesday that the new ferry terminal"
      + " would open in the spring, two years later than planned, after the contractor went bust.";
  private static final String EN_2 = "Passenger numbers have doubled since the route to the islands was"
      + " subsidised, and the old terminal can no longer cope with the summer queues, officials said.";
  private static final String EN_3 = "Local residents, who had campaigned for a larger car park, welcomed"
      + " the decision but asked for the works to be finished before the tourist season begins.";

  private final PlainTextCleaner cleaner = new PlainTextCleaner();

  private CleanText clean(String... lines) {
    String page = String.join("\n\n", lines);
    CleanText c = cleaner.clean(page);
    for (Span p : c.paragraphs()) {
      String kept = p.of(c.text().text());
      int start = c.text().map().toSource(p.start());
      assertEquals(kept, page.substring(start, start + kept.length()), "alignment");
    }
    for (Removal r : c.removed()) {
      assertEquals(Line.squash(r.span().of(page)), r.text(), "removal span");
    }
    return c;
  }

  private static List<String> kept(CleanText c) {
    return c.paragraphs().stream().map(p -> p.of(c.text().text())).toList();
  }

  private static String reason(CleanText c, String text) {
    return c.removed().stream().filter(r -> r.text().equals(text)).map(Removal::reason).findFirst()
        .orElse("kept");
  }

  @Test
  void keepsShortClosingSentencesAfterTheArticleButNotTheFooter() {
    CleanText c = clean("Le budget de Montbrison adopté malgré l’opposition", FR_1, FR_2, FR_3,
        "Le vote définitif aura lieu en mars.", "Plan du site", "Contact");
    assertEquals(List.of("Le budget de Montbrison adopté malgré l’opposition", FR_1, FR_2, FR_3,
        "Le vote définitif aura lieu en mars."), kept(c));
    CleanText en = clean(EN_1, EN_2, EN_3, "Share This Story On Facebook.", "Contact us");
    assertEquals(List.of(EN_1, EN_2, EN_3), kept(en));
  }

  @Test
  void keepsHeadlineHeadingsAndParagraphsAndDropsNavigationAround() {
    CleanText c = clean("Accueil", "Politique", "Économie", "Le budget de Montbrison adopté malgré l’opposition",
        FR_1, FR_2, "Une rentrée scolaire dans les préfabriqués", FR_3, "« C’est un choix assumé. »",
        FR_1.replace("Montbrison", "Feurs"), "Mentions légales", "Plan du site", "Contact");
    assertEquals(List.of("Le budget de Montbrison adopté malgré l’opposition", FR_1, FR_2,
        "Une rentrée scolaire dans les préfabriqués", FR_3, "« C’est un choix assumé. »",
        FR_1.replace("Montbrison", "Feurs")), kept(c));
    assertEquals(Reason.NAVIGATION, reason(c, "Accueil"));
    assertEquals(Reason.LEGAL, reason(c, "Mentions légales"));
  }

  @Test
  void textWithoutProseIsKeptAsIs() {
    CleanText c = clean("Horaires d’ouverture", "Lundi : 9 h - 12 h");
    assertEquals(2, c.paragraphs().size());
  }

  @Test
  void countersCopyrightSourceLinksAndAdvertisements() {
    CleanText c = clean("Ferry terminal delayed again", "148", EN_1, "Advertisement", EN_2, EN_3,
        "Source link", "© 2024 The Harbour Gazette. All rights reserved.");
    assertEquals(List.of("Ferry terminal delayed again", EN_1, EN_2, EN_3), kept(c));
    assertEquals(Reason.COMMENT_COUNT, reason(c, "148"));
    assertEquals(Reason.ADVERTISEMENT, reason(c, "Advertisement"));
    assertEquals(Reason.SOURCE_LINK, reason(c, "Source link"));
    assertEquals(Reason.COPYRIGHT, reason(c, "© 2024 The Harbour Gazette. All rights reserved."));
  }

  @Test
  void promptsInFrenchAndEnglish() {
    CleanText c = clean(FR_1, "Lire aussi : Le gymnase fermé pour l’hiver", FR_2,
        "Inscrivez-vous à notre newsletter", "Article réservé à nos abonnés", FR_3, EN_1,
        "Read more: Ferry fares to rise in April", "Share on Facebook", "Download our app", EN_2,
        "We use cookies to improve your experience on our website.", EN_3);
    assertEquals(List.of(FR_1, FR_2, FR_3, EN_1, EN_2, EN_3), kept(c));
    assertEquals(Reason.TEASER, reason(c, "Lire aussi : Le gymnase fermé pour l’hiver"));
    assertEquals(Reason.NEWSLETTER, reason(c, "Inscrivez-vous à notre newsletter"));
    assertEquals(Reason.SUBSCRIBER, reason(c, "Article réservé à nos abonnés"));
    assertEquals(Reason.TEASER, reason(c, "Read more: Ferry fares to rise in April"));
    assertEquals(Reason.SHARE, reason(c, "Share on Facebook"));
    assertEquals(Reason.APP, reason(c, "Download our app"));
    assertEquals(Reason.COOKIE, reason(c, "We use cookies to improve your experience on our website."));
  }

  @Test
  void promotionalRunBetweenParagraphsGoesWhole() {
    CleanText c = clean(FR_1, FR_2, "L’Écho du Forez", "Toute l’actualité de votre ville, chaque soir",
        "Installez l’application", "Les travaux en questions", FR_3);
    assertEquals(List.of(FR_1, FR_2, "Les travaux en questions", FR_3), kept(c));
    assertEquals(Reason.APP, reason(c, "Toute l’actualité de votre ville, chaque soir"));
  }

  @Test
  void bylinesAndCreditsAreRemovedButReported() {
    CleanText c = clean("Le budget de Montbrison adopté", "Par Claire Dumas, publié le 3 mars 2024 à 18h05",
        FR_1, FR_2, FR_3, "Le Progrès avec AFP");
    assertEquals(Reason.BYLINE, reason(c, "Par Claire Dumas, publié le 3 mars 2024 à 18h05"));
    assertEquals(Reason.CREDIT, reason(c, "Le Progrès avec AFP"));
    CleanText en = clean("Ferry terminal delayed", "By John Carter and Mary Jones", "March 3, 2024 6:05 pm",
        EN_1, EN_2, EN_3);
    assertEquals(Reason.BYLINE, reason(en, "By John Carter and Mary Jones"));
    assertEquals(Reason.DATE, reason(en, "March 3, 2024 6:05 pm"));
    assertEquals(List.of("Ferry terminal delayed", EN_1, EN_2, EN_3), kept(en));
  }

  @Test
  void breadcrumbAndSiteNameSuffix() {
    CleanText c = clean("Actualités > Loire > Montbrison", "Le budget adopté malgré l’opposition | L’Écho",
        FR_1, FR_2, FR_3);
    assertEquals(Reason.BREADCRUMB, reason(c, "Actualités > Loire > Montbrison"));
    assertEquals(Reason.SITE_NAME, reason(c, "| L’Écho"));
    assertEquals("Le budget adopté malgré l’opposition", kept(c).get(0));
  }

  @Test
  void captionWithBracketedCreditAndTheLineGluedToIt() {
    String page = String.join("\n\n", EN_1, EN_2,
        "The old terminal at dawn.\nQueues reach the car park in August. [Jane Roe/Harbour Gazette]", EN_3);
    CleanText c = cleaner.clean(page);
    assertEquals(List.of(EN_1, EN_2, EN_3), kept(c));
    assertEquals(Reason.CAPTION, reason(c, "The old terminal at dawn."));
    assertEquals(Reason.CREDIT, reason(c, "[Jane Roe/Harbour Gazette]"));
  }

  @Test
  void captionRepeatedWithItsCredit() {
    CleanText c = clean("Illustration. Le gymnase des Tilleuls.", "Illustration. Le gymnase des Tilleuls. JPL",
        FR_1, FR_2, FR_3);
    assertEquals(List.of(FR_1, FR_2, FR_3), kept(c));
    assertEquals(Reason.CREDIT, reason(c, "JPL"));
  }

  @Test
  void leadPhotoCaptionEndingWithADate() {
    CleanText c = clean("Le budget de Montbrison adopté",
        "Le maire, Paul Martin, et son adjointe, Anne Roux, lors du conseil municipal, le 3 mars 2024.",
        FR_1, FR_2, FR_3);
    assertEquals(List.of("Le budget de Montbrison adopté", FR_1, FR_2, FR_3), kept(c));
    assertEquals(Reason.CAPTION, reason(c,
        "Le maire, Paul Martin, et son adjointe, Anne Roux, lors du conseil municipal, le 3 mars 2024."));
  }

  @Test
  void recapListAndTableOfContentsRepeatingHeadings() {
    String page = String.join("\n\n", FR_1, "En bref\n• Budget en hausse.\n• Travaux à l’automne.",
        "Des travaux à l’automne", FR_2, "Des impôts stables", FR_3,
        "Sommaire\n• Des travaux à l’automne\n• Des impôts stables");
    CleanText c = cleaner.clean(page);
    assertEquals(List.of(FR_1, "Des travaux à l’automne", FR_2, "Des impôts stables", FR_3), kept(c));
    assertEquals(Reason.RECAP, reason(c, "• Budget en hausse."));
    assertEquals(Reason.RECAP, reason(c, "• Des impôts stables"));
  }

  @Test
  void repeatedShortLineInsideTheArticleIsKeptOnlyWhereItHeadsAParagraph() {
    CleanText c = clean(EN_1, "Why the delay", "Who pays", EN_2, "Why the delay", EN_3, "Who pays");
    assertEquals(List.of(EN_1, EN_2, "Why the delay", EN_3), kept(c));
  }

  @Test
  void readersCommentsAreNotTheArticle() {
    CleanText c = clean("Ferry terminal delayed", EN_1, EN_2, EN_3, "12 Comments",
        "harbourfan says:", EN_1.replace("Tuesday", "Monday") + " " + EN_2 + " " + EN_3);
    assertEquals(List.of("Ferry terminal delayed", EN_1, EN_2, EN_3), kept(c));
    assertEquals(Reason.COMMENTS, reason(c, "harbourfan says:"));
  }

  @Test
  void teaserListsAroundTheArticle() {
    CleanText c = clean(EN_1, EN_2, EN_3, "Related stories",
        "Island Bus Timetable Changes Again After Complaints From Drivers And Passengers Alike Over Summer.",
        "Harbour Master Retires After Forty Years Of Service In The Port Of The Old Town Centre Today.");
    assertEquals(List.of(EN_1, EN_2, EN_3), kept(c));
    assertEquals(Reason.TEASER, reason(c, "Related stories"));
  }

  @Test
  void teaserItemsWithAuthorAndDateAfterTheArticleAreCutOff() {
    String teaser = "The council met again on Monday to discuss the parking charges near the harbour,"
        + " and residents were invited to give their views before the end of the month.";
    CleanText c = clean("Ferry terminal delayed", EN_1, EN_2, EN_3, "Parking charges to rise",
        "By Ann Lee", "November 18, 2019", teaser, "Island bus timetable changes", "By Tom Hart",
        "November 17, 2019", teaser.replace("Monday", "Friday"));
    assertEquals(List.of("Ferry terminal delayed", EN_1, EN_2, EN_3), kept(c));
    assertEquals(Reason.BYLINE, reason(c, "By Ann Lee"));
    assertEquals(Reason.TEASER, reason(c, teaser));
  }

  @Test
  void aDateLineInsideTheArticleWithoutTitleDoesNotCutIt() {
    CleanText c = clean(EN_1, EN_2, "Updated March 4, 2024", EN_3);
    assertEquals(List.of(EN_1, EN_2, EN_3), kept(c));
    assertEquals(Reason.DATE, reason(c, "Updated March 4, 2024"));
  }

  @Test
  void excerptsCutOffByAnEllipsisAreTeasers() {
    String excerpt = "Les habitants du quartier de la gare réclament depuis des années un nouveau parking"
        + " et la mairie vient enfin de répondre à leur demande, mais...";
    CleanText c = clean(excerpt, excerpt.replace("gare", "poste"), FR_1, FR_2, FR_3);
    assertEquals(List.of(FR_1, FR_2, FR_3), kept(c));
  }

  @Test
  void theWholeArticleRepeatedInOneLineIsARecap() {
    String all = String.join(" ", EN_1, EN_2, EN_3);
    CleanText c = clean(EN_1, "Why the delay", EN_2, "What residents say", EN_3, "Related", all);
    assertEquals(List.of(EN_1, "Why the delay", EN_2, "What residents say", EN_3), kept(c));
    assertEquals(Reason.RECAP, reason(c, all));
  }

  @Test
  void vocabularyOnlyAppliesToShortLines() {
    String sentence = "The council said its newsletter, sent to every household, would explain how to"
        + " share the cost of the new terminal and where to download the timetable for the ferry.";
    CleanText c = clean(EN_1, sentence, EN_2, EN_3);
    assertTrue(kept(c).contains(sentence));
    assertFalse(c.removed().stream().anyMatch(r -> r.text().equals(sentence)));
  }
}
