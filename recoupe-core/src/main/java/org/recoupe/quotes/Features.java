package org.recoupe.quotes;

/**
 * What the words naming someone tell about them, for a pronoun to agree with: grammatical gender,
 * number, and whether they name a person or a group (a body, a company, a newspaper, a crowd).
 *
 * @param gender masculine, feminine, or unknown
 * @param plural whether they name several ("les syndicats", "Kim et Poutine")
 * @param kind person, group, or unknown (a bare name)
 */
record Features(Gender gender, boolean plural, Kind kind) {
  /** Nothing known. */
  static final Features UNKNOWN = new Features(Gender.UNKNOWN, false, Kind.UNKNOWN);

  /** Grammatical gender. */
  enum Gender { MASCULINE, FEMININE, UNKNOWN }

  /** What is named. */
  enum Kind { PERSON, GROUP, UNKNOWN }

  /** Whether {@code pronoun} may refer to what these features describe. */
  boolean agreesWith(Pronoun pronoun) {
    if (pronoun.gender() != Gender.UNKNOWN && gender != Gender.UNKNOWN && pronoun.gender() != gender) {
      return false;
    }
    if (pronoun.neuter()) {
      return kind != Kind.PERSON && !plural;
    }
    if (pronoun.plural()) {
      return plural || pronoun.english() && kind == Kind.GROUP;
    }
    if (plural) {
      return false;
    }
    return !(pronoun.english() && kind == Kind.GROUP);
  }

  /** These features, with the gender filled in when unknown. */
  Features orGender(Gender g) {
    return gender == Gender.UNKNOWN ? new Features(g, plural, kind) : this;
  }
}
