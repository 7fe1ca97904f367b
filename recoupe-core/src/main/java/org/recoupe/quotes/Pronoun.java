package org.recoupe.quotes;

import java.util.Map;
import org.recoupe.quotes.Features.Gender;

/**
 * A pronoun that may stand for a speaker, with what it tells of its antecedent: "il", "a-t-elle",
 * "qu'il", "selon eux", "celui-ci", "he", "she", "they", "it".
 *
 * @param gender the antecedent's gender, when the pronoun says it
 * @param plural whether it stands for several (or, in English "they", for a group)
 * @param neuter English "it": a thing or a group, never a person
 * @param lastMentioned "celui-ci", "ce dernier": the last one mentioned, not the most salient
 * @param english whether it is an English pronoun
 */
record Pronoun(Gender gender, boolean plural, boolean neuter, boolean lastMentioned, boolean english) {

  private static final Map<String, Pronoun> FORMS = Map.ofEntries(
      Map.entry("il", fr(Gender.MASCULINE, false)), Map.entry("elle", fr(Gender.FEMININE, false)),
      Map.entry("ils", fr(Gender.MASCULINE, true)), Map.entry("elles", fr(Gender.FEMININE, true)),
      Map.entry("lui", fr(Gender.MASCULINE, false)), Map.entry("eux", fr(Gender.MASCULINE, true)),
      Map.entry("celui-ci", last(Gender.MASCULINE)), Map.entry("celle-ci", last(Gender.FEMININE)),
      Map.entry("ce dernier", last(Gender.MASCULINE)), Map.entry("cette derniere", last(Gender.FEMININE)),
      Map.entry("he", en(Gender.MASCULINE, false, false)), Map.entry("him", en(Gender.MASCULINE, false, false)),
      Map.entry("she", en(Gender.FEMININE, false, false)), Map.entry("her", en(Gender.FEMININE, false, false)),
      Map.entry("they", en(Gender.UNKNOWN, true, false)), Map.entry("them", en(Gender.UNKNOWN, true, false)),
      Map.entry("it", en(Gender.UNKNOWN, false, true)));

  private static Pronoun fr(Gender g, boolean plural) {
    return new Pronoun(g, plural, false, false, false);
  }

  private static Pronoun last(Gender g) {
    return new Pronoun(g, false, false, true, false);
  }

  private static Pronoun en(Gender g, boolean plural, boolean neuter) {
    return new Pronoun(g, plural, neuter, false, true);
  }

  /** What "peut-on lire" refers back to: a publication, that is a thing or a group, not a person. */
  static final Pronoun PUBLICATION = new Pronoun(Gender.UNKNOWN, false, true, false, false);

  /** A pronoun that says nothing of its antecedent. */
  static final Pronoun ANY = new Pronoun(Gender.UNKNOWN, false, false, false, false);

  /**
   * The pronoun in a folded word: a pronoun itself ("elle", "celui-ci", "elle-même"), an inverted clitic
   * ("a-t-il", "dit-elle"), or an elided one ("qu'il", "s'ils"); {@code null} if none.
   */
  static Pronoun in(String folded) {
    Pronoun p = FORMS.get(folded);
    if (p != null) {
      return p;
    }
    int hyphen = folded.lastIndexOf('-');
    if (hyphen > 0 && emphatic(folded)) {
      Pronoun stressed = FORMS.get(folded.substring(0, hyphen));
      return stressed != null && !stressed.english() && !stressed.lastMentioned() ? stressed : null;
    }
    if (hyphen > 0 && !folded.endsWith("-ci")) {
      Pronoun clitic = FORMS.get(folded.substring(hyphen + 1));
      return clitic != null && !clitic.english() && !clitic.lastMentioned() ? clitic : null;
    }
    int apostrophe = folded.indexOf('\'');
    if (apostrophe > 0 && (folded.startsWith("qu'") || folded.startsWith("s'") || folded.startsWith("lorsqu'")
        || folded.startsWith("puisqu'"))) {
      Pronoun elided = FORMS.get(folded.substring(apostrophe + 1));
      return elided != null && !elided.english() && !elided.lastMentioned() ? elided : null;
    }
    return null;
  }

  /** Whether a folded word is an emphatic form ("elle-même", "eux-mêmes"). */
  static boolean emphatic(String folded) {
    return folded.endsWith("-meme") || folded.endsWith("-memes");
  }
}
