package org.recoupe.quotes;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that frame reported speech in French and English: reporting verbs (participles, present
 * and past forms), auxiliaries, adverbs and time words that may stand between a verb and its
 * subject, and the function words that cannot start a speaker's name. Lookups are accent- and
 * case-insensitive.
 */
final class ReportingLexicon {
  private ReportingLexicon() {}

  /** French reporting verbs, as the forms news copy uses. */
  private static final Set<String> FR_VERBS = Set.copyOf(List.of(
      "remarque", "concede", "objecte", "retorque", "replique", "rencherit", "tempere", "clame",
      "proclame", "jure", "certifie", "interpelle", "fulmine", "persiste", "reaffirme",
      "murmure", "s'emporte", "s'etonne", "s'ecrie", "predit",
      "declare", "declarent", "affirme", "affirment", "assure", "assurent", "estime", "estiment",
      "ajoute", "ajoutent", "precise", "precisent", "juge", "jugent", "promis", "promet", "promettent",
      "souligne", "soulignent", "indique", "indiquent", "explique", "expliquent", "dit", "disent",
      "annonce", "annoncent", "rappele", "rappelle", "rappellent", "insiste", "insistent", "martele",
      "martelent", "previent", "prevenu", "averti", "avertit", "confie", "confient", "reconnu",
      "reconnait", "repondu", "repond", "lance", "lancent", "commente", "deplore", "denonce",
      "denoncent", "regrette", "salue", "resume", "note", "observe", "poursuivi", "poursuit", "conclu",
      "conclut", "admis", "admet", "avoue", "raconte", "releve", "ironise", "tranche", "repete",
      "plaide", "accuse", "accusent", "qualifie", "ecrit", "signale", "soutenu", "soutient", "nie",
      "nient", "dementi", "dement", "menace", "exhorte", "demande", "reclame", "considere", "felicite",
      "inquiete", "rejoui", "defendu", "defend", "argue", "proteste", "reagi", "detaille", "glisse",
      "souffle", "analyse", "avance", "constate", "decrit", "temoigne", "lache", "ajoutant",
      "precisant", "soulignant", "estimant", "affirmant", "assurant", "expliquant", "declarant",
      "jugeant", "rappelant", "qualifiant", "insistant", "promettant", "avertissant", "indiquant",
      "declara", "affirma", "ajouta", "expliqua", "lanca", "repondit", "poursuivit", "conclut",
      "s'est felicite", "cite", "reitere", "repete", "evoque", "fustige", "critique", "exprime",
      "disait", "mis", "garde", "rapporte", "rapporte", "raconte", "evoque", "confirme", "indique",
      "reconnu", "reconnait", "interroge", "prevenu", "previent", "ecrivait", "twitte", "tweete", "publie",
      "scande", "scandent", "revele", "assene", "s'exclame", "s'exprime", "exprime", "prevoit", "prevoient", "stipule",
      "enonce",
      "s'interroge", "s'insurge", "s'indigne", "s'agace", "s'alarme",
      "pense", "croit", "appelle", "appellent", "exulte", "rigole", "relate", "soupire", "justifie",
      "s'amuse", "s'inquiete", "s'enthousiasme", "s'emeut", "s'offusque", "s'irrite", "se felicite",
      "se felicitent", "se rejouit", "se rejouissent", "se desole", "se defend", "se defendent", "se justifie",
      "se demande", "se demandent", "enjoint", "enjoignent", "se dit", "se disent", "se declare", "se declarent", "reagit"));

  /** English reporting verbs. */
  private static final Set<String> EN_VERBS = Set.copyOf(List.of(
      "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared",
      "explained", "explains", "noted", "notes", "warned", "warns", "insisted", "insists", "argued",
      "argues", "claimed", "claims", "wrote", "writes", "tweeted", "announced", "asked", "asks",
      "replied", "responded", "continued", "concluded", "acknowledged", "admitted", "urged",
      "described", "recalled", "remarked", "suggested", "cautioned", "stressed", "emphasised",
      "emphasized", "confirmed", "denied", "promised", "pledged", "vowed", "called", "described",
      "saying", "adding", "telling", "calling", "describing", "warning", "testified", "recounted",
      "wrote", "writes", "explained", "posted", "tweeted", "shouted", "chanted", "yelled", "screamed", "sang",
      "chanting", "shouting", "read", "reads", "conceded", "concedes", "joked", "jokes", "maintained",
      "maintains", "predicted", "predicts", "complained", "complains", "countered", "counters", "quipped",
      "agreed", "agrees", "answered", "answers", "asserted", "asserts", "alleged", "alleges", "reported",
      "reports", "revealed", "reveals", "disclosed", "indicated", "indicates", "reiterated", "reiterates",
      "repeated", "retorted", "exclaimed", "observed", "observes", "recalls", "admits", "acknowledges",
      "emailed", "texted", "messaged", "boasted", "lamented", "laments", "mused", "cried", "whispered",
      "snapped", "sighed", "pleaded", "protested", "demanded", "elaborated", "underlined", "highlighted",
      "hinted", "specified", "surmised", "contended", "contends", "reasoned", "replies", "responds",
      "confirms", "denies", "promises", "vows", "stresses", "suggests", "tweets", "posts", "told", "informed",
      "announces", "explaining", "noting", "arguing", "insisting", "stressing", "asking", "claiming",
      "cautions", "describes", "explain", "note", "warn", "argue", "insist", "claim", "tell", "comments",
      "commented", "commenting", "assures", "assured", "concludes", "continues", "recounts", "quips", "declares",
      "emphasizes", "emphasises", "recalling", "wonders", "wondered"));

  /**
   * Verbs that report speech only when what was said follows them directly ("soutient que",
   * "a qualifié de « … »"); otherwise they mean something else ("soutient l'opposition").
   */
  private static final Set<String> NEEDS_COMPLEMENT = Set.copyOf(List.of(
      "soutient", "soutenu", "soutiennent", "demande", "demandent", "menace", "avance", "lance",
      "note", "juge", "accuse", "accusent", "cite", "publie", "defend", "defendu", "analyse",
      "resume", "salue", "critique", "evoque", "exprime", "called", "described", "asked", "urged", "prevoit",
      "prevoient", "stipule", "enonce"));

  /** Auxiliaries of the French compound past and the like. */
  private static final Set<String> AUX = Set.copyOf(List.of(
      "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "a-t-il", "a-t-elle", "ont-ils",
      "ont-elles", "avait-il", "avait-elle", "aurait-il", "aurait-elle", "est", "s'est", "se", "s",
      "has", "had", "have", "was", "is", "would", "will", "n'a", "n'avait", "ne", "pas", "n", "l'a",
      "l'avait", "l'ont", "l'aurait"));

  /** Words that may stand between a reporting verb and its subject or object. */
  private static final Set<String> SKIPPABLE = Set.copyOf(List.of(
      "encore", "egalement", "aussi", "aussitot", "vite", "alors", "ensuite", "plus", "tot", "tard", "deja", "notamment",
      "recemment", "simplement", "enfin", "toutefois", "pourtant", "cependant", "meme", "quand",
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
      "matin", "soir", "semaine", "derniere", "dernier", "ainsi", "d'ailleurs", "d'abord",
      "clairement", "bien", "volontiers", "sobrement", "publiquement", "lui", "leur", "nous", "vous", "donc",
      "toujours", "souvent", "parfois", "longtemps", "auparavant", "desormais", "neanmoins", "autrefois",
      "finalement", "surtout", "parallelement", "entre-temps",
      "also", "later", "earlier", "then", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "recently", "previously", "repeatedly", "again"));

  /** Words that end a speaker's noun phrase. */
  private static final Set<String> STOPPERS = Set.copyOf(List.of(
      "a", "au", "aux", "lors", "dans", "devant", "face", "selon", "cite", "citee", "cites", "citees",
      "en", "sur", "pendant", "apres", "avant", "depuis", "sans", "lundi", "mardi", "mercredi",
      "jeudi", "vendredi", "samedi", "dimanche", "hier", "qui", "que", "qu", "lorsqu", "lorsque",
      "alors", "tandis", "dont", "avec", "par", "pour", "ce", "cette", "mais", "et", "ou", "car",
      "to", "in", "at", "on", "during", "after", "before", "when", "while", "who", "which", "that",
      "in", "from", "with", "by", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "yesterday", "today", "and", "but", "as", "told", "said", "added", "quoted",
      "according", "vendredi", "ajoutant", "precisant", "soulignant", "estimant", "affirmant",
      "assurant", "expliquant", "selon", "d'apres", "apres"));

  /** Capitalised words that do not start a name. */
  private static final Set<String> NOT_NAME_START = Set.copyOf(List.of(
      "plus", "alors", "mais", "pourtant", "selon", "pour", "en", "dans", "a", "au", "aux", "apres",
      "avant", "lors", "le", "la", "les", "l", "un", "une", "des", "ce", "cette", "ces", "il", "elle",
      "ils", "elles", "on", "nous", "vous", "et", "ou", "si", "lundi", "mardi", "mercredi", "jeudi",
      "vendredi", "samedi", "dimanche", "hier", "the", "a", "an", "in", "on", "at", "after", "but",
      "and", "however", "he", "she", "they", "we", "it", "this", "that", "earlier", "later", "cela",
      "ceci", "son", "sa", "ses", "leur", "leurs", "du", "de", "d", "par", "sur", "face", "outre",
      "ainsi", "enfin", "puis", "car", "donc", "interroge", "interrogee", "questionne", "his", "her", "these",
      "environ", "pres", "moins", "quelque", "quelques", "tres", "bien", "assez", "trop", "si",
      "those", "there", "then", "when", "what", "where", "why", "how", "if", "so", "our", "my", "your", "its",
      "their", "all", "some", "many", "one", "no", "not", "i", "you", "ces", "cet", "tous", "toutes", "tout",
      "chaque", "aucun", "aucune", "quant", "lorsque", "quand", "comme", "depuis", "malgre", "pourtant", "voila",
      "c", "s", "n", "qu", "j", "certes", "notamment", "meme", "encore", "aussi", "deja", "desormais", "ici",
      "selon", "sans", "vers", "chez", "entre", "contre", "while", "although", "because", "since", "for",
      "from", "to", "of", "with", "by", "as", "like", "after", "before", "during", "under", "over", "about",
      "following", "according", "including", "asked", "speaking", "addressing", "responding",
      "around", "nearly", "almost", "more", "less", "fewer", "among", "amid", "despite", "within", "without",
      "across", "through", "throughout", "until", "unless", "whether", "once", "both", "each", "every", "either",
      "neither", "such", "only", "even", "just", "still", "yet", "already"));

  /** Introducers of a source: "selon X", "d'après X", "according to X", "pour X". */
  private static final Set<String> ACCORDING = Set.copyOf(List.of("selon", "d'apres", "according", "pour"));

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) >= 128) {
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return lower;
  }

  /** Whether the folded word is a reporting verb form in French or English. */
  static boolean isVerb(String folded) {
    String bare = stripClitic(folded);
    return FR_VERBS.contains(bare) || EN_VERBS.contains(bare)
        || bare.endsWith("e") && FR_VERBS.contains(bare.substring(0, bare.length() - 1))
        || bare.endsWith("s") && FR_VERBS.contains(bare.substring(0, bare.length() - 1))
        || bare.endsWith("ent") && bare.length() > 5 && FR_VERBS.contains(bare.substring(0, bare.length() - 2))
        || imperfect(bare) || presentParticiple(bare) || futureOrInfinitive(bare);
  }

  /** "qualifieront", "dira", "déclarerait", "expliquer", "dire": future, conditional, infinitive of a listed verb. */
  private static boolean futureOrInfinitive(String bare) {
    if (IRREGULAR_FORMS.contains(bare) || INFINITIVES.contains(bare)) {
      return true;
    }
    for (String ending : new String[] {"eraient", "erait", "eront", "era", "er"}) {
      if (bare.endsWith(ending) && bare.length() > ending.length() + 3
          && FR_VERBS.contains(bare.substring(0, bare.length() - ending.length()) + "e")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adverbial phrases that may stand inside a verb group or an incise, as folded words: "a par
   * exemple déclaré", "a de son côté annoncé", "», remarquait pour sa part X".
   */
  private static final List<List<String>> ADVERBIAL_PHRASES = List.of(
      List.of("par", "exemple"), List.of("pour", "sa", "part"), List.of("pour", "leur", "part"),
      List.of("de", "son", "cote"), List.of("de", "leur", "cote"), List.of("a", "son", "tour"),
      List.of("a", "leur", "tour"), List.of("lui", "aussi"), List.of("elle", "aussi"), List.of("en", "outre"),
      List.of("quant", "a", "lui"), List.of("quant", "a", "elle"), List.of("tout", "de", "suite"),
      List.of("une", "nouvelle", "fois"), List.of("une", "fois", "de", "plus"), List.of("encore", "une", "fois"),
      List.of("a", "nouveau"), List.of("de", "nouveau"), List.of("tout", "de", "meme"));

  /** The number of words of the adverbial phrase starting at word {@code k}, or 0. */
  static int adverbialPhraseAt(List<Word> words, int k) {
    for (List<String> phrase : ADVERBIAL_PHRASES) {
      if (phraseAt(words, k, phrase)) {
        return phrase.size();
      }
    }
    return 0;
  }

  /** The number of words of the adverbial phrase ending right before word {@code end}, or 0. */
  static int adverbialPhraseBefore(List<Word> words, int end) {
    for (List<String> phrase : ADVERBIAL_PHRASES) {
      if (end - phrase.size() >= 0 && phraseAt(words, end - phrase.size(), phrase)) {
        return phrase.size();
      }
    }
    return 0;
  }

  private static boolean phraseAt(List<Word> words, int k, List<String> phrase) {
    for (int i = 0; i < phrase.size(); i++) {
      if (k + i >= words.size() || !words.get(k + i).is(phrase.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the folded word is an English reporting verb form ("said", "told", "adds"). */
  static boolean isEnglishVerb(String folded) {
    return EN_VERBS.contains(folded);
  }

  /** Whether the folded word is the infinitive of a listed verb ("expliquer", "dire"). */
  static boolean isInfinitive(String folded) {
    return INFINITIVES.contains(folded) || folded.endsWith("er") && folded.length() > 5
        && FR_VERBS.contains(folded.substring(0, folded.length() - 1));
  }

  private static final Set<String> INFINITIVES = Set.of(
      "dire", "ecrire", "repondre", "conclure", "admettre", "reconnaitre", "promettre", "soutenir", "prevenir",
      "avertir", "poursuivre", "dementir", "reagir");

  private static final Set<String> IRREGULAR_FORMS = Set.of(
      "dira", "diront", "dirait", "ecrira", "repondra");

  /** "dénonçant", "évoquant": present participle of a listed verb. */
  private static boolean presentParticiple(String bare) {
    if (!bare.endsWith("ant") || bare.length() < 6) {
      return false;
    }
    String stem = bare.substring(0, bare.length() - 3).replace("ç", "c");
    return FR_VERBS.contains(stem + "e")
        || stem.endsWith("g") && FR_VERBS.contains(stem.substring(0, stem.length() - 1) + "e");
  }

  /** "déclarait", "affirmaient", "s'insurgeait"; passé simple "rappela", "déclarèrent": of a listed verb. */
  private static boolean imperfect(String bare) {
    for (String ending : new String[] {"aient", "ait", "erent", "a"}) {
      if (bare.endsWith(ending) && bare.length() > ending.length() + 3) {
        String stem = bare.substring(0, bare.length() - ending.length());
        if (FR_VERBS.contains(stem + "e") || FR_VERBS.contains(stem + "it")
            || stem.endsWith("ge") && FR_VERBS.contains(stem) || stem.endsWith("c") && FR_VERBS.contains(stem + "e")) {
          return true;
        }
      }
    }
    return false;
  }

  /** "dit-il" → "dit"; "ajoute-t-elle" → "ajoute". */
  static String stripClitic(String folded) {
    for (String suffix : new String[] {"-t-il", "-t-elle", "-t-ils", "-t-elles", "-il", "-elle", "-ils", "-elles"}) {
      if (folded.endsWith(suffix) && folded.length() > suffix.length()) {
        return folded.substring(0, folded.length() - suffix.length());
      }
    }
    return folded;
  }

  /** Whether the folded word carries an inverted subject clitic ("a-t-il", "dit-elle"). */
  static boolean hasInvertedClitic(String folded) {
    return !stripClitic(folded).equals(folded);
  }

  /** Whether the verb reports speech only with a complement right after it. */
  static boolean needsComplement(String folded) {
    String bare = stripClitic(folded);
    for (String suffix : new String[] {"", "e", "s", "es"}) {
      if (bare.endsWith(suffix) && NEEDS_COMPLEMENT.contains(bare.substring(0, bare.length() - suffix.length()))) {
        return true;
      }
    }
    return false;
  }

  static boolean isAux(String folded) {
    return AUX.contains(folded);
  }

  static boolean isSkippable(String folded) {
    return SKIPPABLE.contains(folded);
  }

  /**
   * A word that may stand inside a verb group, between auxiliary and participle: the skippable
   * words and adverbs in -ment ("a seulement indiqué", "a longuement expliqué", "has repeatedly said").
   */
  static boolean isAdverb(String folded) {
    return SKIPPABLE.contains(folded) || folded.length() > 6 && (folded.endsWith("ment") || folded.endsWith("ly"));
  }

  /** Nouns that make "en substance", "en conclusion", "en privé" an adverb to skip. */
  static boolean isMannerNoun(String folded) {
    return MANNER_NOUNS.contains(folded);
  }

  private static final Set<String> MANNER_NOUNS = Set.of(
      "substance", "conclusion", "prive", "public", "outre", "effet", "aparte", "marge", "reponse",
      "retour", "conference", "direct", "resume", "somme", "gros", "clair", "revanche");

  /** Nouns of time that make "la semaine", "ce matin" skippable. */
  static boolean isTimeNoun(String folded) {
    return TIME_NOUNS.contains(folded);
  }

  private static final Set<String> TIME_NOUNS = Set.copyOf(List.of(
      "semaine", "veille", "matin", "soir", "nuit", "journee", "jour", "mois", "annee", "week-end",
      "apres-midi", "matinee", "soiree"));

  static boolean isStopper(String folded) {
    return STOPPERS.contains(folded);
  }

  /** Whether the folded word (or two words, "ce dernier") is a pronoun that may stand for a speaker. */
  static boolean isPronoun(String folded) {
    return Pronoun.in(folded) != null;
  }

  static boolean isAccording(String folded) {
    return ACCORDING.contains(folded);
  }

  /** Whether a capitalised word may start a person's or organisation's name. */
  static boolean mayStartName(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && mayStartName(word, fold(word));
  }

  /** Whether the word, folded as {@code folded}, may start a name (its capital is checked by the caller). */
  static boolean mayStartName(String word, String folded) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    int apostrophe = folded.indexOf('\'');
    String head = apostrophe > 0 ? folded.substring(0, apostrophe) : folded;
    return !NOT_NAME_START.contains(head);
  }

}
