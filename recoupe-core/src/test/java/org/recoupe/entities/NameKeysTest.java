package org.recoupe.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeysTest {
  @Test
  void foldsCaseAccentsHyphensAndSpacing() {
    assertEquals("kim jong un", NameKeys.fold("Kim Jong-un"));
    assertEquals(NameKeys.fold("Kim Jong-un"), NameKeys.fold("Kim  Jong Un"));
    assertEquals("etats unis", NameKeys.fold("États-Unis"));
    assertEquals("l etat", NameKeys.fold("l’État"));
  }

  @Test
  void frenchAndEnglishTransliterationsMeet() {
    assertEquals(NameKeys.phonetic("Iouri Ouchakov"), NameKeys.phonetic("Yuri Ushakov"));
    assertEquals(NameKeys.phonetic("Sergueï Lavrov"), NameKeys.phonetic("Sergei Lavrov"));
    assertEquals(NameKeys.phonetic("Vladimir Poutine"), NameKeys.phonetic("Vladimir Putin"));
    assertEquals(NameKeys.phonetic("Andreï Tchernenko"), NameKeys.phonetic("Andrei Chernenko"));
    assertEquals(NameKeys.phonetic("Moscou"), NameKeys.phonetic("Moscow"));
  }

  @Test
  void differentNamesStayApart() {
    assertNotEquals(NameKeys.phonetic("Kim Jong-un"), NameKeys.phonetic("Kim Jong-il"));
    assertNotEquals(NameKeys.phonetic("Lavrov"), NameKeys.phonetic("Lavrova Anna"));
  }

  @Test
  void editDistanceStopsEarly() {
    assertEquals(1, NameKeys.distance("mantrurov", "manturov", 1));
    assertEquals(2, NameKeys.distance("abcdef", "abcxyf", 1));
    assertEquals(0, NameKeys.distance("same", "same", 1));
  }
}
