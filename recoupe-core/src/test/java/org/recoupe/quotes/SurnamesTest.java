package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recoupe.quotes.Attributed.speakerOf;

import org.junit.jupiter.api.Test;
import org.recoupe.quotes.Features.Gender;

/** A surname used alone takes the gender the article gave the full name. */
class SurnamesTest {
  @Test
  void aSurnameAloneTakesTheGenderOfTheFullName() {
    Surnames surnames = new Surnames();
    surnames.learn("Claire Martin", new Features(Gender.FEMININE, false, Features.Kind.PERSON));
    assertEquals(Gender.FEMININE, surnames.learn("Martin", new Features(Gender.MASCULINE, false,
        Features.Kind.PERSON)).gender());
    assertEquals(Gender.UNKNOWN, surnames.learn("Durand", Features.UNKNOWN).gender());
  }

  @Test
  void aDescriptionEndingOnACapitalisedWordIsNotAName() {
    Surnames surnames = new Surnames();
    surnames.learn("la ministre de l'Intérieur", new Features(Gender.FEMININE, false, Features.Kind.PERSON));
    assertEquals(Gender.UNKNOWN, surnames.learn("Intérieur", Features.UNKNOWN).gender());
  }

  @Test
  void sheSkipsASurnameTheArticleMadeMasculine() {
    assertEquals("his editor Teresa Hale", speakerOf("John Ford wrote fast. When Ford visited his editor Teresa Hale at her "
        + "office, he would leave short poems on her desk. “Life was not long enough,” she recalled.", "Life was"));
  }

  @Test
  void commentsReportsSpeech() {
    String speaker = speakerOf("The team met on Monday.\n\n“We worked on the architecture of the spacecraft and its "
        + "logistics,” comments Robin Berg of the design office.", "architecture");
    assertTrue(speaker.startsWith("Robin Berg"), speaker);
  }
}
