package org.recoupe.app.eval;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.claims.Amount;
import org.recoupe.claims.Argument;
import org.recoupe.claims.Attribution;
import org.recoupe.claims.Claim;
import org.recoupe.text.Terms;

/**
 * Compares one claim field with its annotation ("-" means the sentence gives none): names and words
 * are compared folded (case and accents aside), an expected word or name must appear in what was
 * found (its words or its entities' names), and an actor must name every expected entity and no
 * more entities than expected.
 */
final class ClaimScore {
  private ClaimScore() {}

  /** Whether {@code c}'s {@code field} matches {@code expected}. */
  static boolean matches(String field, String expected, Claim c) {
    boolean none = expected.equals("-");
    if (c == null) {
      return none && !field.equals("attribution") && !field.equals("predicate");
    }
    return switch (field) {
      case "actor" -> none ? c.actor() == null : names(expected, c.actor());
      case "predicate" -> expected.equals(c.predicate().family()) || expected.equals(c.predicate().lemma());
      case "object" -> none ? c.object() == null : contains(c.object(), expected);
      case "when" -> none ? c.when() == null : c.when() != null && c.when().value().equals(expected);
      case "where" -> none ? c.where() == null : contains(c.where(), expected);
      case "quantities" -> quantities(expected, c.quantities());
      case "attribution" -> attribution(expected, c.attribution());
      case "why" -> none ? c.why() == null : contains(c.why(), expected);
      case "how" -> none ? c.how() == null : contains(c.how(), expected);
      default -> throw new IllegalArgumentException("unknown field " + field);
    };
  }

  /** What the claim has for {@code field}, for error listings. */
  static String shown(String field, Claim c) {
    if (c == null) {
      return "no claim";
    }
    return switch (field) {
      case "actor" -> c.actor() == null ? "-" : c.actor().text() + " " + c.actor().names();
      case "predicate" -> c.predicate().lemma() + "/" + c.predicate().family();
      case "object" -> text(c.object());
      case "when" -> c.when() == null ? "-" : c.when().value();
      case "where" -> text(c.where());
      case "quantities" -> c.quantities().stream().map(Amount::text).toList().toString();
      case "attribution" -> c.attribution().kind() + ":" + c.attribution().name() + " " + c.attribution().names();
      case "why" -> text(c.why());
      case "how" -> text(c.how());
      default -> field;
    };
  }

  private static String text(Argument a) {
    return a == null ? "-" : a.text();
  }

  private static boolean contains(Argument a, String expected) {
    return a != null && (fold(a.text()).contains(fold(expected))
        || a.names().stream().anyMatch(n -> fold(n).contains(fold(expected))));
  }

  /** Every expected name in the actor's names (or words), and every name found expected. */
  private static boolean names(String expected, Argument a) {
    if (a == null) {
      return false;
    }
    List<String> want = List.of(expected.split("\\|"));
    for (String w : want) {
      if (!contains(a, w)) {
        return false;
      }
    }
    return a.names().size() <= want.size();
  }

  private static boolean quantities(String expected, List<Amount> found) {
    if (expected.equals("-")) {
      return found.isEmpty();
    }
    List<String> want = new ArrayList<>(List.of(expected.split("\\|")));
    if (want.size() != found.size()) {
      return false;
    }
    return want.stream().allMatch(w -> found.stream().anyMatch(f -> fold(f.text()).contains(fold(w))
        || fold(w).contains(fold(f.text()))));
  }

  private static boolean attribution(String expected, Attribution a) {
    if (expected.equals("outlet")) {
      return a.kind() == Attribution.Kind.OUTLET;
    }
    int colon = expected.indexOf(':');
    String kind = expected.substring(0, colon);
    String name = expected.substring(colon + 1);
    return a.kind().name().equalsIgnoreCase(kind) && (a.name() != null && fold(a.name()).contains(fold(name))
        || a.names().stream().anyMatch(n -> fold(n).contains(fold(name))));
  }

  private static String fold(String s) {
    return Terms.fold(s).replace('’', '\'').replaceAll("\\s+", " ").strip();
  }
}
