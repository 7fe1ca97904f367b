package org.recoupe.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recoupe.entities.EntityType.LOC;
import static org.recoupe.entities.EntityType.MISC;
import static org.recoupe.entities.EntityType.ORG;
import static org.recoupe.entities.EntityType.PER;
import static org.recoupe.entities.Fixture.tag;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionsTest {

  @Test
  void rawKeepsTheTaggerRuns() {
    Fixture f = new Fixture("Il", "va", "au", "Japon", ".");
    List<Mention> raw = Corrections.raw(f.text, f.sentence, 3, List.of(tag(2, 4, LOC)));
    assertEquals(List.of(new Mention(new org.recoupe.document.Span(6, 14), 3, LOC, "au Japon")), raw);
  }

  @Test
  void trimsLowerCaseArticlesAndPrepositions() {
    Fixture f = new Fixture("Il", "vit", "au", "Japon", "et", "dans", "l'", "Union", "européenne", ".");
    assertEquals(List.of("LOC:Japon", "ORG:Union européenne"),
        f.correct("fr", tag(2, 4, LOC), tag(6, 9, ORG)));
  }

  @Test
  void trimsAnElisionGluedInsideTheToken() {
    Fixture f = new Fixture("Le", "siège", "de", "l’ONU", "est", "à", "New", "York", ".");
    assertEquals(List.of("ORG:ONU", "LOC:New York"), f.correct("fr", tag(3, 4, ORG), tag(6, 8, LOC)));
  }

  @Test
  void trimsGuillemetsAndQuotes() {
    Fixture f = new Fixture("Selon", "«", "Pyongyang", "»", ",", "c'est", "faux", ".");
    assertEquals(List.of("LOC:Pyongyang"), f.correct("fr", tag(1, 4, LOC)));
    Fixture glued = new Fixture("Il", "cite", "«Pyongyang»", ".");
    assertEquals(List.of("LOC:Pyongyang"), glued.correct("fr", tag(2, 3, LOC)));
  }

  @Test
  void trimsContractionsAndSentenceInitialArticlesButKeepsNameArticles() {
    Fixture start = new Fixture("Aux", "États-Unis", ",", "la", "Chine", "inquiète", ".");
    assertEquals(List.of("LOC:États-Unis", "LOC:Chine"), start.correct("fr", tag(0, 2, LOC), tag(3, 5, LOC)));
    Fixture initial = new Fixture("La", "Chine", "répond", ".");
    assertEquals(List.of("LOC:Chine"), initial.correct("fr", tag(0, 2, LOC)));
    Fixture inner = new Fixture("Il", "lit", "Le", "Monde", "chaque", "jour", ".");
    assertEquals(List.of("ORG:Le Monde"), inner.correct("fr", tag(2, 4, ORG)));
  }

  @Test
  void keepsNobiliaryParticlesOfPersons() {
    Fixture f = new Fixture("Il", "cite", "de", "Gaulle", ".");
    assertEquals(List.of("PER:de Gaulle"), f.correct("fr", tag(2, 4, PER)));
  }

  @Test
  void dropsSpansOfPunctuationOnly() {
    Fixture f = new Fixture("Un", "score", "de", "4", "–", "0", ".");
    assertEquals(List.of(), f.correct("en", tag(4, 5, ORG)));
  }

  @Test
  void splitsNeighbouringEntitiesAtCommasAndConjunctions() {
    Fixture f = new Fixture("Il", "a", "visité", "Paris", ",", "Londres", "et", "Berlin", ".");
    assertEquals(List.of("LOC:Paris", "LOC:Londres", "LOC:Berlin"), f.correct("fr", tag(3, 8, LOC)));
    Fixture en = new Fixture("Talks", "between", "Biden", "and", "Xi", "ended", ".");
    assertEquals(List.of("PER:Biden", "PER:Xi"), en.correct("en", tag(2, 5, PER)));
  }

  @Test
  void keepsCountriesAndOrganisationsWithAConjunction() {
    Fixture country = new Fixture("He", "flew", "to", "Trinidad", "and", "Tobago", ".");
    assertEquals(List.of("LOC:Trinidad and Tobago"), country.correct("en", tag(3, 6, LOC)));
    Fixture org = new Fixture("He", "works", "for", "Procter", "and", "Gamble", ".");
    assertEquals(List.of("ORG:Procter and Gamble"), org.correct("en", tag(3, 6, ORG)));
  }

  @Test
  void joinsHyphenatedKoreanNames() {
    Fixture f = new Fixture("Kim", "Jong", "+-", "+il", "est", "mort", ".");
    assertEquals(List.of("PER:Kim Jong-il"), f.correct("fr", tag(0, 2, PER)));
    Fixture oneToken = new Fixture("Moon", "Jae", "+-in", "a", "parlé", ".");
    assertEquals(List.of("PER:Moon Jae-in"), oneToken.correct("fr", tag(0, 2, PER)));
  }

  @Test
  void joinsCapitalisedHyphenatedParts() {
    Fixture f = new Fixture("Jean", "+-", "+Pierre", "Raffarin", "parle", ".");
    assertEquals(List.of("PER:Jean-Pierre Raffarin"), f.correct("fr", tag(2, 4, PER)));
  }

  @Test
  void doesNotJoinLowerCaseHyphenatedWordsToPlaces() {
    Fixture f = new Fixture("Un", "discours", "Moscou", "+-", "+centré", ".");
    assertEquals(List.of("LOC:Moscou"), f.correct("fr", tag(2, 3, LOC)));
  }

  @Test
  void stripsTitles() {
    Fixture f = new Fixture("Le", "vice", "+-", "+Premier", "Kim", "Tok", "Hun", "et", "M.", "Dupont", "sont", "là", ".");
    assertEquals(List.of("PER:Kim Tok Hun", "PER:Dupont"), f.correct("fr", tag(1, 7, PER), tag(8, 10, PER)));
    Fixture only = new Fixture("Le", "Président", "a", "parlé", ".");
    assertEquals(List.of(), only.correct("fr", tag(1, 2, PER)));
  }

  @Test
  void dropsCapitalisedSentenceStarters() {
    Fixture f = new Fixture("Ensuite", ",", "Regardez", "Lyon", ".");
    assertEquals(List.of("LOC:Lyon"), f.correct("fr", tag(0, 1, LOC), tag(3, 4, LOC)));
    Fixture start = new Fixture("Selon", "Macron", ",", "tout", "va", "bien", ".");
    assertEquals(List.of("PER:Macron"), start.correct("fr", tag(0, 2, PER)));
    Fixture inner = new Fixture("Il", "parle", "selon", "Selon", "Dupont", ".");
    assertEquals(List.of("PER:Selon Dupont"), inner.correct("fr", tag(3, 5, PER)));
  }

  @Test
  void dropsCommonAbbreviations() {
    Fixture f = new Fixture("Built", "in", "300", "BC", ",", "shown", "on", "TV", "by", "NBC", ".");
    assertEquals(List.of("ORG:NBC"), f.correct("en", tag(3, 4, ORG), tag(7, 8, ORG), tag(9, 10, ORG)));
  }

  @Test
  void retypesDemonymsAsMisc() {
    Fixture f = new Fixture("Les", "Occidentaux", "et", "les", "Européens", "soutiennent", "les", "Ukrainiens", ".");
    assertEquals(List.of("MISC:Occidentaux", "MISC:Européens", "MISC:Ukrainiens"),
        f.correct("fr", tag(1, 2, PER), tag(4, 5, LOC), tag(7, 8, LOC)));
    Fixture en = new Fixture("The", "Russians", "left", ".");
    assertEquals(List.of("MISC:Russians"), en.correct("en", tag(1, 2, PER)));
  }

  @Test
  void leavesFirstNamesThatEndLikeDemonyms() {
    Fixture f = new Fixture("Julien", "Martin", "et", "Irène", "arrivent", ".");
    assertEquals(List.of("PER:Julien Martin", "PER:Irène"), f.correct("fr", tag(0, 2, PER), tag(3, 4, PER)));
    assertTrue(Places.isDemonym("Chinois"));
    assertTrue(Places.isDemonym("Allemands"));
    assertTrue(Places.isDemonym("Américains"));
    assertFalse(Places.isDemonym("France"));
    assertFalse(Places.isDemonym("Martin"));
  }

  @Test
  void retypesVehiclesAndProductsAsMisc() {
    Fixture f = new Fixture("Il", "est", "arrivé", "dans", "une", "Aurus", ",", "sa", "deuxième", "limousine", ".");
    assertEquals(List.of("MISC:Aurus"), f.correct("fr", tag(5, 6, PER)));
    Fixture noun = new Fixture("La", "limousine", "Aurus", "Senat", "attendait", ".");
    assertEquals(List.of("MISC:Aurus Senat"), noun.correct("fr", tag(2, 4, LOC)));
    Fixture person = new Fixture("Il", "a", "vu", "une", "Marie", "heureuse", ".");
    assertEquals(List.of("PER:Marie"), person.correct("fr", tag(4, 5, PER)));
  }

  @Test
  void newsAgenciesAreOrganisations() {
    Fixture f = new Fixture("Selon", "TASS", "et", "RIA", "Novosti", ",", "repris", "par", "Reuters", ".");
    assertEquals(List.of("ORG:TASS", "ORG:RIA Novosti", "ORG:Reuters"),
        f.correct("fr", tag(1, 2, PER), tag(3, 5, LOC)));
  }

  @Test
  void countriesArePlaces() {
    Fixture f = new Fixture("La", "Corée", "du", "Sud", "et", "le", "Japon", "discutent", ".");
    assertEquals(List.of("LOC:Corée du Sud", "LOC:Japon"), f.correct("fr", tag(6, 7, PER)));
    Fixture team = new Fixture("La", "France", "a", "battu", "le", "Brésil", ".");
    assertEquals(List.of("ORG:France", "LOC:Brésil"), team.correct("fr", tag(1, 2, ORG), tag(5, 6, LOC)));
  }

  @Test
  void mergesFrenchTeamNames() {
    Fixture f = new Fixture("Il", "rejoint", "les", "Canucks", "de", "Vancouver", "puis", "les", "Maple", "Leafs", "de", "Toronto", ".");
    assertEquals(List.of("ORG:Canucks de Vancouver", "ORG:Maple Leafs de Toronto"),
        f.correct("fr", tag(3, 4, MISC), tag(5, 6, LOC), tag(11, 12, LOC)));
    Fixture region = new Fixture("Il", "vit", "dans", "les", "Pays", "de", "la", "Loire", ".");
    assertEquals(List.of("LOC:Loire"), region.correct("fr", tag(7, 8, LOC)));
  }

  @Test
  void includesAnInnerCapitalisedTheInEnglishNames() {
    Fixture f = new Fixture("He", "joined", "The", "Beatles", "in", "1960", ".");
    assertEquals(List.of("ORG:The Beatles"), f.correct("en", tag(3, 4, ORG)));
    Fixture start = new Fixture("The", "Beatles", "split", ".");
    assertEquals(List.of("ORG:Beatles"), start.correct("en", tag(0, 2, ORG)));
  }
}
