package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.recoupe.quotes.Attributed.speakerOf;

import org.junit.jupiter.api.Test;

/** English attribution patterns: clauses before "but said", appositions, participles, plain subjects. */
class EnglishSpeakersTest {
  @Test
  void theSubjectOfAClauseBeforeButSaidIsTheSpeaker() {
    assertEquals("Maria Lopez", speakerOf("Maria Lopez gave the board an update. She didn’t give a date for the "
        + "launch, but said the agency would test the engine “many times” before any flight.", "many times"));
  }

  @Test
  void theSubjectOfAReportedClauseIsNotTheSpeaker() {
    assertEquals("Tom Berg", speakerOf("Tom Berg, the firm’s chief operating officer, said Nexa would use that "
        + "experience for its landers. “We’re going to start with something small,” he said.", "start with"));
  }

  @Test
  void aLongAppositionBeforeTheVerbKeepsTheName() {
    assertEquals("Ann Ross", speakerOf("“We were hoping to do this later, but we had to speed it up,” Ann Ross, "
        + "deputy associate head for exploration in the agency’s science mission directorate, said of the program.",
        "speed it up"));
  }

  @Test
  void aPhrasalVerbAndATellingParticipleKeepTheSpeaker() {
    String text = "“We all miss him so much,” Paul Grant weighed in, telling Lee Moss, “you have stayed true to him.”";
    assertEquals("Paul Grant", speakerOf(text, "miss him"));
    assertEquals("Paul Grant", speakerOf(text, "stayed true"));
  }

  @Test
  void aSurnameSubjectOfAnyPastVerbIsSalient() {
    assertEquals("Hale", speakerOf("The European Commission reiterated it still opposes the plan. "
        + "Hale visited the port on Tuesday. “This is a great day for the workers,” he told dockers.",
        "great day"));
  }

  @Test
  void aParticipleClauseDoesNotNameASpeaker() {
    assertEquals("Union leader Sam Okafor", speakerOf("Union leader Sam Okafor said they would take a series of "
        + "measures, including calling for a strike vote. “We are going to court,” he added.", "going to court"));
  }

  @Test
  void theSubjectOfAnAbsoluteParticipleSpeaks() {
    assertEquals("Foreign Minister Lina Haddad", speakerOf("Two neighbouring states also criticised the decision, "
        + "with Foreign Minister Lina Haddad warning of “grave consequences”.", "grave"));
  }

  @Test
  void aVerbFormInsideANameIsNotAVerb() {
    assertNull(speakerOf("The United States faced criticism on Tuesday, while the premier "
        + "welcomed the “historic” move.", "historic"));
  }

  @Test
  void aSubjectAndVerbClosingTheSentenceNameTheSpeaker() {
    String text = "The patient wrote about his recovery. It is vital for doctors to “take careful histories” of "
        + "their patients, Morgan said. “That way they may find the cause.”";
    assertEquals("Morgan", speakerOf(text, "careful histories"));
    assertEquals("Morgan", speakerOf(text, "find the cause"));
  }

  @Test
  void theNamedSubjectOfAnOpeningWhenClauseIsSalient() {
    assertEquals("Afghan President Omar Rahimi", speakerOf("Officials met on Monday. When Afghan President Omar "
        + "Rahimi first announced the exchange last week, he said the prisoners would not fight again. He also "
        + "said he hoped the swap would “pave the way” for talks.", "pave the way"));
  }

  @Test
  void aCapitalisedAboutIsNotAName() {
    assertEquals("Pratt", speakerOf("About a dozen owners were gathered on Tuesday when they were told the "
        + "candidate, Dan Pratt, would stop by. When Pratt walked into the room, the women turned around as he "
        + "apologized. “Don’t mind me!” he told them.", "mind me"));
  }

  @Test
  void aSemicolonEndsTheClauseBeforeTheSubject() {
    assertEquals("Reed", speakerOf("The merged company may not change course; Reed has said that he expects to "
        + "save $300 million in “synergies” from the deal.", "synergies"));
  }

  @Test
  void anAppositionThatNoCommaClosesEndsOnTheVerb() {
    assertEquals("Ravi Kumar", speakerOf("Air quality improved slightly this week. “This is mainly due to the change in "
        + "wind direction,” Ravi Kumar, a research analyst at the Council on Energy, Environment and Water think tank "
        + "told reporters.", "wind direction"));
  }

  @Test
  void aParticipleOpeningTheSentenceIsNoName() {
    assertEquals("Tom Berg", speakerOf("Following a performance of their hit, Tom Berg introduced the guest. “You might "
        + "remember him from his own band,” he said.", "remember him"));
  }

  @Test
  void cautionsThatReportsTheWordsAfterIt() {
    assertEquals("Mark Lopez", speakerOf("Mark Lopez leads the lab. He describes the prospects as bright, but cautions that "
        + "“we’re still in the very early days” of the work.", "early days"));
  }
}
