package org.recoupe.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.claims.Predicate.Tense;

/** Predicates (verb groups, lemmas, families, tense, negation, passive) and actors, on sentences written for the test. */
class PredicateAndActorTest {

  @Test
  void frenchCompoundTenseWithApposedSubjects() {
    Claim c = Analyzed.last("Le président russe, Vladimir Poutine, et le dirigeant nord-coréen, Kim Jong-un, ont signé "
        + "un traité d'amitié à Pyongyang.", "fr");
    assertEquals("signer", c.predicate().lemma());
    assertEquals("sign", c.predicate().family());
    assertEquals(Tense.PAST, c.predicate().tense());
    assertEquals(List.of("Vladimir Poutine", "Kim Jong-un"), c.actor().names());
    assertEquals("un traité d'amitié", c.object().text());
  }

  @Test
  void frenchPassiveTakesTheAgentAsActor() {
    Claim c = Analyzed.last("Le nouveau pont a été inauguré mardi par le maire de Lyon, Grégory Doucet.", "fr");
    assertTrue(c.predicate().passive());
    assertEquals("inaugurer", c.predicate().lemma());
    assertEquals("Le nouveau pont", c.object().text());
    assertTrue(c.actor().names().contains("Grégory Doucet"), c.actor().toString());
  }

  @Test
  void frenchNegationConditionalAndReflexive() {
    Claim neg = Analyzed.last("Le gouvernement n'a pas encore signé l'accord de libre-échange.", "fr");
    assertTrue(neg.predicate().negated());
    assertEquals("signer", neg.predicate().lemma());
    Claim cond = Analyzed.last("Selon la presse, le ministre aurait démissionné lundi.", "fr");
    assertEquals(Tense.CONDITIONAL, cond.predicate().tense());
    assertEquals("démissionner", cond.predicate().lemma());
    Claim refl = Analyzed.last("Angela Merkel s'est rendue à Kiev en train.", "fr");
    assertEquals("se rendre", refl.predicate().lemma());
    assertEquals("visit", refl.predicate().family());
    Claim future = Analyzed.last("Emmanuel Macron va signer le texte vendredi.", "fr");
    assertEquals(Tense.FUTURE, future.predicate().tense());
    assertEquals("signer", future.predicate().lemma());
  }

  @Test
  void nounsThatLookLikeVerbsAreNotPredicates() {
    Claim c = Analyzed.last("Lors de cette visite à Berlin, la délégation a rencontré des élus.", "fr");
    assertEquals("rencontrer", c.predicate().lemma());
    assertEquals("la délégation", c.actor().text());
  }

  @Test
  void englishAuxiliaryChainsAndPassive() {
    Claim c = Analyzed.last("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a defence pact.", "en");
    assertEquals("sign", c.predicate().lemma());
    assertEquals(Tense.PAST, c.predicate().tense());
    assertEquals(2, c.actor().entities().size(), c.actor().toString());
    Claim p = Analyzed.last("The treaty was signed by both presidents on Wednesday.", "en");
    assertTrue(p.predicate().passive());
    assertEquals("The treaty", p.object().text());
    Claim f = Analyzed.last("The two sides will not sign the agreement before July.", "en");
    assertEquals(Tense.FUTURE, f.predicate().tense());
    assertTrue(f.predicate().negated());
  }

  @Test
  void pronounsAndCollectiveSubjectsAreResolved() {
    List<Claim> cs = Analyzed.claims("Vladimir Poutine est arrivé mardi à Pyongyang.\n\n"
        + "Il a ensuite rencontré Kim Jong-un au palais.\n\n"
        + "Les deux dirigeants ont signé un accord mercredi.", "fr");
    assertEquals(List.of("Vladimir Poutine"), cs.get(1).actor().names());
    assertEquals(2, cs.get(2).actor().entities().size(), cs.get(2).actor().toString());
  }

  @Test
  void anImpersonalSubjectIsNoActor() {
    assertNull(Analyzed.last("Selon lui, il s'agit d'un geste fort.", "fr").actor());
  }

  @Test
  void mostlyQuotedSentencesAndHeadingsGiveNoClaim() {
    List<Claim> cs = Analyzed.claims("Un sommet historique\n\n"
        + "« Nous allons signer un accord historique aujourd'hui », a déclaré le ministre.", "fr");
    assertTrue(cs.isEmpty(), cs.toString());
    assertFalse(Analyzed.claims("La ministre a visité l'usine de Bordeaux lundi.", "fr").isEmpty());
  }
}
