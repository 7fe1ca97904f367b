package org.recoupe.contradict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContradictionDetectorTest {
  private final ContradictionDetector detector = ContradictionDetector.standard();

  private Judgement fr(String a, String b) {
    return detector.judge(Passage.of(a, "fr"), Passage.of(b, "fr"));
  }

  private Judgement en(String a, String b) {
    return detector.judge(Passage.of(a, "en"), Passage.of(b, "en"));
  }

  private static List<ConflictType> types(Judgement j) {
    return j.conflicts().stream().map(Conflict::type).distinct().toList();
  }

  private static void contradicts(Judgement j, ConflictType type, String left, String right) {
    assertEquals(Verdict.CONTRADICTION, j.verdict(), j.toString());
    Conflict c = j.conflicts().stream().filter(x -> x.type() == type).findFirst().orElseThrow(() -> new AssertionError(j));
    assertEquals(left, c.leftValue());
    assertEquals(right, c.rightValue());
  }

  @Test
  void numbersOfTheSameThing() {
    Judgement j = fr("Le porte-conteneurs transportait 11 000 conteneurs lors de l'accident.",
        "Le porte-conteneurs transportait 8 000 conteneurs lors de l'accident.");
    contradicts(j, ConflictType.NUMBER, "11 000 conteneurs", "8 000 conteneurs");
    assertEquals(Verdict.COMPATIBLE, fr("Le navire transportait 11 000 conteneurs.",
        "Le navire transportait plus de 10 000 conteneurs.").verdict());
    assertEquals(Verdict.COMPATIBLE, fr("Le séisme a fait environ 100 morts dans la région.",
        "Le séisme a fait 98 morts dans la région.").verdict());
    assertEquals(Verdict.COMPATIBLE, fr("Le séisme a fait 3,6 millions de sinistrés selon l'ONU.",
        "Le séisme a fait 3 600 000 sinistrés selon l'ONU.").verdict());
    contradicts(en("The ship carried 11,000 containers when it ran aground.",
        "The ship carried 8,000 containers when it ran aground."), ConflictType.NUMBER,
        "11,000 containers", "8,000 containers");
  }

  @Test
  void numbersOfDifferentThingsAreNotCompared() {
    Judgement j = fr("Le navire transportait 11 000 conteneurs et 20 marins.",
        "Le navire transportait 11 000 conteneurs, selon l'armateur.");
    assertEquals(Verdict.COMPATIBLE, j.verdict(), j.toString());
  }

  @Test
  void rangesAndWordNumbers() {
    assertEquals(Verdict.COMPATIBLE, fr("La batterie perd de 8 à 20 % de sa charge en trois heures.",
        "La batterie perd 12 % de sa charge en trois heures.").verdict());
    contradicts(fr("Deux soldats ont été blessés dans l'attaque du poste.",
        "Trois soldats ont été blessés dans l'attaque du poste."), ConflictType.NUMBER, "Deux soldats", "Trois soldats");
  }

  @Test
  void datesOfTheFact() {
    contradicts(fr("Le président est arrivé à Pyongyang le mercredi 18 juin.",
        "Le président est arrivé à Pyongyang le mercredi 19 juin."), ConflictType.DATE, "mercredi 18 juin",
        "mercredi 19 juin");
    assertEquals(Verdict.COMPATIBLE, fr("Entre le 1er et le 5 mars, de nombreux migrants sont arrivés à Melilla.",
        "Le 3 mars, de nombreux migrants sont arrivés à Melilla.").verdict());
    contradicts(en("The missiles were delivered to the army in 2016.", "The missiles were delivered to the army in 2022."),
        ConflictType.DATE, "2016", "2022");
    contradicts(en("The summit opened on June 18, 2025 in Geneva.", "The summit opened on 19 June 2025 in Geneva."),
        ConflictType.DATE, "June 18, 2025", "19 June 2025");
  }

  @Test
  void yearsAfterSinceAreNotTheTimeOfTheFact() {
    assertFalse(types(fr("Le vaccin est autorisé depuis 2021 en France.", "Le vaccin est autorisé en France en 2023."))
        .contains(ConflictType.DATE));
  }

  @Test
  void nightOfTuesdayToWednesdayIsWednesdayBeforeDawn() {
    Judgement j = fr("Le président russe est arrivé à Pyongyang dans la nuit de mardi à mercredi.",
        "Le président russe a atterri à Pyongyang mercredi avant l'aube.");
    assertFalse(j.contradiction(), j.toString());
  }

  @Test
  void weekdays() {
    contradicts(fr("Le président russe est arrivé à Pyongyang mardi soir.",
        "Le président russe est arrivé à Pyongyang jeudi matin."), ConflictType.WEEKDAY, "mardi", "jeudi");
    Judgement dated = detector.judge(Passage.of("Le président russe est arrivé mercredi à Pyongyang.", "fr"),
        new Passage("Le président russe est arrivé le 19 juin à Pyongyang.", "fr", LocalDate.of(2025, 6, 20)));
    contradicts(dated, ConflictType.WEEKDAY, "mercredi", "19 juin");
    Judgement same = detector.judge(Passage.of("Le président russe est arrivé mercredi à Pyongyang.", "fr"),
        new Passage("Le président russe est arrivé le 18 juin à Pyongyang.", "fr", LocalDate.of(2025, 6, 20)));
    assertFalse(same.contradiction(), same.toString());
  }

  @Test
  void ordinalsAndCounts() {
    contradicts(fr("C'est la première visite du dirigeant depuis 24 ans.",
        "C'est la troisième visite du dirigeant depuis 2019."), ConflictType.ORDINAL_COUNT, "première visite",
        "troisième visite");
    contradicts(fr("C'est la première visite du dirigeant depuis 24 ans.", "C'est la 3ème visite d'État du dirigeant."),
        ConflictType.ORDINAL_COUNT, "première visite", "3ème visite");
    Judgement aurus = fr("Le dirigeant a reçu en cadeau une deuxième Aurus de fabrication russe.",
        "Le dirigeant a reçu en cadeau une nouvelle Aurus de fabrication russe.");
    assertEquals(Verdict.COMPATIBLE, aurus.verdict(), aurus.toString());
    assertFalse(fr("Le Premier ministre a parlé devant le Parlement.",
        "Le second ministre a parlé devant le Parlement.").contradiction());
  }

  @Test
  void negation() {
    contradicts(fr("Moscou a reconnu l'indépendance des deux régions.",
        "Moscou n'a pas reconnu l'indépendance des deux régions."), ConflictType.NEGATION, "reconnu", "n'a pas reconnu");
    contradicts(fr("Il n'y a pas de traces d'explosion autour du bâtiment.",
        "Des traces d'explosion ont été relevées autour du bâtiment."), ConflictType.NEGATION, "n'y a pas de traces",
        "traces");
    contradicts(en("The ministry did not confirm the arrests.", "The ministry confirmed the arrests."),
        ConflictType.NEGATION, "not confirm", "confirmed");
    assertFalse(fr("Moscou n'a pas reconnu l'annexion.", "Moscou n'a jamais reconnu l'annexion.").contradiction());
    assertFalse(fr("Elle n'est pas une mercenaire mais une secouriste bénévole.",
        "Elle est une secouriste bénévole en Ukraine.").contradiction());
  }

  @Test
  void onlyMeansOnlyAndSubjectsOfAucunAreNotDenied() {
    assertFalse(fr("La décision ne concerne qu'un groupe de seize employés.",
        "La décision concerne seize employés de la propreté.").contradiction());
    assertFalse(fr("Aucun média n'a fait état d'un soutien du président.",
        "Les médias n'ont jamais fait état d'un soutien du président.").contradiction());
  }

  @Test
  void strictNegationWantsThePredicateInTheSameContext() {
    ContradictionDetector strict = ContradictionDetector.strict();
    assertTrue(strict.judge(Passage.of("Moscou a reconnu l'indépendance des deux régions.", "fr"),
        Passage.of("Moscou n'a pas reconnu l'indépendance des deux régions.", "fr")).contradiction());
    String a = "Le missile ne peut pas détruire toute vie sur Terre, mais il pourrait raser une ville.";
    String b = "Le missile donnerait à l'armée la capacité de détruire des pays entiers en quelques minutes.";
    assertFalse(strict.judge(Passage.of(a, "fr"), Passage.of(b, "fr")).contradiction());
    assertTrue(detector.judge(Passage.of(a, "fr"), Passage.of(b, "fr")).contradiction());
  }

  @Test
  void antonyms() {
    contradicts(fr("Les prix du gaz sont en forte hausse cette semaine.", "Les prix du gaz sont en forte baisse cette semaine."),
        ConflictType.ANTONYM, "hausse", "baisse");
    contradicts(fr("Le vaccin a provoqué des faux positifs au VIH.", "Le vaccin a provoqué des vrais positifs au VIH."),
        ConflictType.ANTONYM, "faux", "vrais");
    contradicts(fr("Le traitement est efficace contre le virus.", "Le traitement est inefficace contre le virus."),
        ConflictType.ANTONYM, "efficace", "inefficace");
    assertFalse(fr("La hausse des prix n'est pas une baisse.", "La hausse des prix se poursuit.").contradiction());
  }

  @Test
  void substitutedNameInTheSameRole() {
    contradicts(fr("Le dirigeant est attendu en visite à Moscou la semaine prochaine.",
        "Le dirigeant est attendu en visite à Pékin la semaine prochaine."), ConflictType.ENTITY_SUBSTITUTION,
        "Moscou", "Pékin");
    Judgement extra = fr("Le dirigeant est attendu en visite à Moscou.",
        "Le dirigeant est attendu en visite à Moscou, a déclaré Dmitri Peskov.");
    assertEquals(Verdict.COMPATIBLE, extra.verdict(), extra.toString());
    assertFalse(fr("La frappe a été confirmée, a déclaré Dmitri Peskov.",
        "La frappe a été confirmée, a déclaré Antony Blinken.").contradiction());
  }

  @Test
  void denialOfAnAccusationIsADispute() {
    Judgement j = fr("Kiev accuse Moscou d'avoir bombardé le barrage de Kakhovka.",
        "Moscou dément avoir bombardé le barrage de Kakhovka.");
    assertTrue(j.contradiction(), j.toString());
    assertTrue(j.disputed());
    assertTrue(types(j).contains(ConflictType.DENIAL));
    Judgement en = en("Russia denies shelling the Kakhovka dam.", "Ukraine accused Russia of shelling the Kakhovka dam.");
    assertTrue(en.disputed(), en.toString());
    Judgement agree = fr("Moscou dément avoir bombardé le barrage.", "Moscou n'a pas bombardé le barrage.");
    assertFalse(agree.disputed(), agree.toString());
  }

  @Test
  void compatibleWordingsAndUnrelatedPassages() {
    Judgement j = fr("D'après Al-Jazeera, les autorités qataries ont arrêté des supporters.",
        "Al-Jazeera rapporte que des supporters ont été arrêtés par les autorités qataries.");
    assertEquals(Verdict.COMPATIBLE, j.verdict(), j.toString());
    assertEquals(Verdict.UNKNOWN, fr("Le barrage a cédé dans la nuit.", "La récolte de blé sera bonne cette année.").verdict());
  }

  @Test
  void spansIndexEachSidesText() {
    Passage a = Passage.of("Selon le port, 11 000 conteneurs ont été déchargés.", "fr");
    Passage b = Passage.of("Selon le port, 8 000 conteneurs ont été déchargés hier.", "fr");
    Conflict c = detector.judge(a, b).conflicts().get(0);
    assertEquals("11 000 conteneurs", c.left().of(a.text()));
    assertEquals("8 000 conteneurs", c.right().of(b.text()));
    Conflict back = detector.judge(b, a).conflicts().get(0);
    assertEquals("8 000 conteneurs", back.left().of(b.text()));
  }
}
