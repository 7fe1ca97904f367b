package org.recoupe.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.recoupe.quotes.Attributed.speakerOf;

import org.junit.jupiter.api.Test;

/** French source phrases: "comme l'explique X", "à en croire X", "selon elle", "pour X", unnamed "on" located in a body, passive agents. */
class FrenchSourcesTest {
  @Test
  void commeLExpliqueXNamesTheSource() {
    assertEquals("Yann Durand", speakerOf("La commission a rendu son avis mardi. Comme l'explique Yann Durand, son "
        + "secrétaire général, « c'était loin d'être gagné, le gouvernement voulait aller vite ».", "loin"));
    assertEquals("le maire", speakerOf("Le conseil s'est réuni. Comme l'a rappelé le maire : « Nous ne céderons rien "
        + "sur la sécurité des habitants ».", "céderons"));
  }

  @Test
  void onSpeaksForTheBodyWhereItIsLocated() {
    assertEquals("l'entourage du préfet", speakerOf("Le maire juge le plan utile. Mais dans l'entourage du préfet, on "
        + "avertit que les « prévisions sont mauvaises pour la commune ».", "prévisions"));
  }

  @Test
  void aEnCroireXNamesTheSource() {
    assertEquals("les médias officiels", speakerOf("Le verdict est tombé après une session à laquelle ont assisté deux "
        + "cents personnes « de toutes les strates de la société », à en croire les médias officiels.", "strates"));
  }

  @Test
  void selonEllePutsTheWordsInTheSourcesMouth() {
    assertEquals("Anne Roy", speakerOf("Interrogée lundi soir, Anne Roy a attaqué ses concurrents. A commencer par Paul "
        + "Henry qui pense selon elle que « le pays a changé de camp et qu'il faut le suivre ».", "changé de camp"));
  }

  @Test
  void anUnnamedOnSpeaksForTheBodyAfterAnAdverb() {
    assertEquals("parquet de Marseille", speakerOf("L'enfant a été retrouvé seul lundi. « Tout cela reste à confirmer, "
        + "mais on y voit plus clair », disait-on hier au parquet de Marseille.", "confirmer"));
  }

  @Test
  void anUnnamedOnAfterAnAuxiliaryAndItsParticiple() {
    assertEquals("son entourage", speakerOf("Le trader a été entendu lundi. « Nulle part on ne parle de limite admise », "
        + "a-t-on abondé dans son entourage.", "limite"));
  }

  @Test
  void pourXAfterAConnectiveGivesXsOpinion() {
    assertEquals("l'économiste Marc Roy", speakerOf("Le plan est critiqué. Aussi, pour l'économiste Marc Roy, de "
        + "l'université de Lyon, parler d'un effort supplémentaire relève de la « manipulation comptable ».",
        "manipulation"));
    assertEquals("Paul Henry", speakerOf("Paul Henry a frappé un élu. Pour sa défense, il accuse l'élu d'« insultes "
        + "racistes ».", "insultes"));
  }

  @Test
  void anUnnamedOnWithoutAPlaceContinuesTheSameSource() {
    String text = "« Nous restons au-dessus des moyennes », fait-on observer au cabinet du ministre. « C'est comme être "
        + "en excès de vitesse sans panneau », a-t-on ajouté.";
    assertEquals("cabinet du ministre", speakerOf(text, "moyennes"));
    assertEquals("cabinet du ministre", speakerOf(text, "excès"));
  }

  @Test
  void anUnnamedOnContinuesTheSourceAlsoAtTheEndOfAText() {
    assertEquals("cabinet du ministre", speakerOf("« Nous restons au-dessus des moyennes », fait-on observer au cabinet "
        + "du ministre. « C'est comme être en excès de vitesse sans panneau », a-t-on ajouté", "excès"));
  }

  @Test
  void inThePassiveTheAgentSpeaksNotTheSubject() {
    assertEquals("les syndicats", speakerOf("La direction propose 0,4 %. Cette offre a été qualifiée par les syndicats "
        + "d'« injure faite aux salariés ».", "injure"));
  }
}
