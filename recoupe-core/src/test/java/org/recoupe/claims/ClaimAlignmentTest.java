package org.recoupe.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recoupe.claims.Predicate.Tense;
import org.recoupe.document.Span;
import org.recoupe.time.TimeExpression;
import org.recoupe.time.TimexType;

/** Alignment of resolved claims, built by hand: entity 1 is Putin (RU), 2 Kim (KP), 3 Russia, 4 North Korea, 5 Pyongyang. */
class ClaimAlignmentTest {
  private static final Span S = new Span(0, 1);
  private static final ClaimAlignment ALIGN = new ClaimAlignment(Map.of(
      1, Set.of("RU"), 2, Set.of("KP"), 3, Set.of("RU"), 4, Set.of("KP"), 5, Set.of("KP")));

  private static Argument arg(String text, Integer... ids) {
    return new Argument(text, S, List.of(ids), List.of(ids).stream().map(String::valueOf).toList());
  }

  private static TimeExpression day(String value) {
    return new TimeExpression(S, value, TimexType.DATE, value, null, null, org.recoupe.time.Tense.PAST, null, null, Set.of());
  }

  private static Claim claim(String family, Tense tense, boolean negated, Argument actor, String object, String when,
      Argument where, List<Amount> amounts) {
    return new Claim(0, S, new Predicate(family, S, family, family, tense, negated, false), actor,
        object == null ? null : arg(object), when == null ? null : day(when), where, amounts,
        Attribution.outlet(null), null, null);
  }

  private static Claim signing(Argument actor, String object, String when) {
    return claim("sign", Tense.PAST, false, actor, object, when, null, List.of());
  }

  @Test
  void theSameSigningInOtherWordsAndLanguagesAligns() {
    Claim fr = signing(arg("Poutine et Kim", 1, 2), "un accord de partenariat stratégique", "2024-06-19");
    Claim en = signing(arg("Putin and Kim", 1, 2), "a comprehensive strategic partnership treaty", "2024-06-19");
    Claim countries = signing(arg("la Russie et la Corée du Nord", 3, 4), "un nouveau « partenariat stratégique global »", null);
    Claim partial = signing(arg("les deux chefs d'État", 1, 2), "un accord", null);
    assertTrue(ALIGN.same(fr, en));
    assertTrue(ALIGN.same(fr, countries), "leaders stand for their countries");
    assertTrue(ALIGN.same(countries, partial), "a claim that says less is compatible");
  }

  @Test
  void whatDisagreesKeepsClaimsApart() {
    Claim base = signing(arg("Poutine et Kim", 1, 2), "un accord", "2024-06-19");
    assertFalse(ALIGN.same(base, signing(arg("Poutine et Kim", 1, 2), "un accord", "2024-06-18")), "another day");
    assertFalse(ALIGN.same(base, claim("visit", Tense.PAST, false, arg("Poutine", 1), null, null, null, List.of())),
        "another act");
    assertFalse(ALIGN.same(base, claim("sign", Tense.PAST, true, arg("Poutine et Kim", 1, 2), "un accord", null, null,
        List.of())), "negated");
    assertFalse(ALIGN.same(base, claim("sign", Tense.FUTURE, false, arg("les deux pays", 3, 4), "un accord", null, null,
        List.of())), "a future signing is not the signing that happened");
    assertFalse(ALIGN.same(base, signing(arg("les deux dirigeants"), "un accord", null)), "an actor naming nobody");
    assertFalse(ALIGN.same(base, signing(arg("Poutine et Kim", 1, 2), "des munitions", null)), "another object");
  }

  @Test
  void placesAndAmountsMustAgreeWhenBothGiveThem() {
    Argument kim = arg("Kim", 2);
    Claim a = claim("supply", Tense.PAST, false, kim, "des obus", null, arg("Pyongyang", 5),
        List.of(new Amount("11 000 conteneurs", S, 11000, 11000, "conteneu")));
    Claim b = claim("supply", Tense.PAST, false, kim, "des munitions", null, null,
        List.of(new Amount("8 000 conteneurs", S, 8000, 8000, "conteneu")));
    Claim c = claim("supply", Tense.PAST, false, kim, "des obus", null, arg("Corée du Nord", 4),
        List.of(new Amount("plus de 10 000 conteneurs", S, 10000, Double.POSITIVE_INFINITY, "conteneu")));
    assertFalse(ALIGN.same(a, b), "11 000 against 8 000 containers");
    assertTrue(ALIGN.same(a, c), "Pyongyang and North Korea are one country; more than 10 000 allows 11 000");
  }
}
