package org.recoupe.entities;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.recoupe.document.Span;

/**
 * A description of a person by their function, found in a sentence: "le président russe", "le
 * chef de l'Etat russe", "le maître du Kremlin", "the North Korean leader", "NATO Secretary
 * General".
 *
 * @param sentence index of the sentence it is in
 * @param first index of its first token in the sentence
 * @param end index after its last token
 * @param span the characters it covers in the cleaned text
 * @param function the characters of its function noun ("président", "chef de l'Etat")
 * @param role the function, language-neutral ("leader", "minister", "adviser", "spokesperson"...)
 * @param anchors what the function is of: countries ("country:RU", from "russe", "du Kremlin"),
 *     bodies ("org:nato"), or other folded names ("defense"); empty when the description says none
 * @param determined whether it starts with a determiner ("le", "son", "the")
 */
public record RoleDescription(int sentence, int first, int end, Span span, Span function, String role, Set<String> anchors,
    boolean determined) {
  /** Defensive copy. */
  public RoleDescription {
    anchors = Set.copyOf(anchors);
  }

  /** A key that equal descriptions share: the role and its sorted anchors ("leader|country:RU"). */
  public String key() {
    return role + "|" + String.join(",", List.copyOf(new TreeSet<>(anchors)));
  }

  /** Whether this description says no less than {@code other}: same role, anchors included in its. */
  public boolean designatesLike(String otherRole, Set<String> otherAnchors) {
    return role.equals(otherRole) && !anchors.isEmpty() && otherAnchors.containsAll(anchors);
  }
}
