package org.recoupe.claims;

import java.util.Set;

/** The closed word classes the claim rules need, French and English (lower case, accents kept). */
final class Grammar {
  private Grammar() {}

  /** Words that open a subordinate clause (relative pronouns and conjunctions), as one token. */
  static final Set<String> SUBORDINATORS = Set.of(
      "qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "auxquels",
      "lorsque", "lorsqu'", "quand", "puisque", "puisqu'", "quoique", "si", "comme", "car",
      "who", "whom", "whose", "which", "that", "when", "while", "whereas", "because", "although", "though", "if",
      "unless", "until", "whether", "where");
  /** Words that, followed by "que"/"qu'", open a subordinate clause ("alors que", "parce que"). */
  static final Set<String> BEFORE_QUE = Set.of(
      "alors", "tandis", "parce", "bien", "afin", "pour", "après", "avant", "dès", "pendant", "même", "sans",
      "ainsi", "tant", "depuis", "pourvu", "encore");
  /** Coordinating conjunctions. */
  static final Set<String> COORDINATORS = Set.of("et", "mais", "ou", "puis", "and", "but", "or", "then");
  /** Prepositions (a mention right after one is a complement, not a subject). */
  static final Set<String> PREPOSITIONS = Set.of(
      "de", "d'", "du", "des", "à", "au", "aux", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "contre",
      "vers", "chez", "entre", "selon", "après", "avant", "depuis", "pendant", "lors", "malgré", "parmi", "envers", "afin",
      "of", "in", "at", "to", "for", "with", "by", "from", "on", "into", "against", "after", "before", "since",
      "during", "between", "among", "about", "over", "under", "near", "amid", "within", "without", "towards");
  /** Determiners. */
  static final Set<String> DETERMINERS = Set.of(
      "le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
      "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "chaque", "plusieurs", "certains", "certaines",
      "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "each", "several", "some");
  /** Personal titles before a name ("M. Poutine", "President Putin"). */
  static final Set<String> TITLES = Set.of(
      "m.", "mm.", "mme", "mmes", "dr", "président", "présidente", "president", "mr", "mr.", "mrs", "ms", "leader",
      "minister", "premier", "chancellor", "general", "secretary", "prime");
  /** Subject pronouns for one person. */
  static final Set<String> PERSON_PRONOUNS = Set.of("il", "elle", "lui", "he", "she", "him", "her");
  /** Subject pronouns for several. */
  static final Set<String> PLURAL_PRONOUNS = Set.of("ils", "elles", "eux", "they", "them");
  /** "Ce dernier": the person last named. */
  static final Set<String> LATTER = Set.of("dernier", "dernière", "celui-ci", "celle-ci", "latter");
  /** Collective descriptions of the two main people: "les deux dirigeants", "the two leaders". */
  static final Set<String> TWO_PEOPLE = Set.of(
      "dirigeants", "hommes", "chefs", "présidents", "leaders", "men", "presidents", "heads", "homologues");
  /** Collective descriptions of the two main countries: "les deux pays", "the two countries". */
  static final Set<String> TWO_COUNTRIES = Set.of("pays", "countries", "nations", "états", "capitales", "states");
  /** Words that start an introductory phrase, never a subject. */
  static final Set<String> INTRO = Set.of(
      "plus", "puis", "hier", "aujourd'hui", "désormais", "ainsi", "d'après", "according", "s'", "se", "ne", "n'",
      "y", "rappelons", "however", "meanwhile", "earlier", "later", "yesterday", "today", "also", "moreover",
      "cependant", "toutefois", "pourtant", "néanmoins", "enfin", "ensuite", "alors", "même", "notamment");
  /** Adverbs and words that may stand between a verb and its object. */
  static final Set<String> ADVERBS = Set.of(
      "déjà", "aussi", "également", "encore", "toujours", "ensuite", "alors", "finalement", "notamment", "toutefois",
      "pourtant", "enfin", "ainsi", "même", "officiellement", "longuement", "beaucoup", "bien",
      "also", "already", "officially", "finally", "then", "formally", "jointly", "reportedly", "allegedly");
}
