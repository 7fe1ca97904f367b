package org.recoupe.entities;

import java.util.List;
import java.util.Set;

/**
 * Small curated word lists the correction rules consult: closed classes of French and English
 * (articles, prepositions, titles) and a few open lists kept short on purpose (news agencies,
 * vehicle nouns). All entries are lower case unless said otherwise; none is a name from a corpus.
 */
final class Lexicon {
  private Lexicon() {}

  /** A set of words; repeats (a word shared by French and English) are allowed. */
  private static Set<String> words(String... words) {
    return Set.copyOf(List.of(words));
  }

  /** Articles, prepositions and contractions that never start or end a name when in lower case. */
  static final Set<String> FUNCTION_WORDS = words(
      "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "au", "aux", "à", "en",
      "par", "pour", "sur", "sous", "dans", "avec", "chez", "vers", "et", "ou", "que", "qu'", "qu’",
      "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or");

  /**
   * Capitalised forms that start a sentence but are not part of a name there: articles and
   * contracted prepositions (mid-sentence, "Le Monde" or "The Beatles" keep theirs).
   */
  static final Set<String> LEADING_ARTICLES = words(
      "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "au", "aux", "en", "à", "dans", "pour", "par",
      "the", "a", "an", "in", "on", "at", "for", "from", "by", "with");

  /** Contracted prepositions that, capitalised, are never part of a name ("Au Japon", "Aux États-Unis"). */
  static final Set<String> CONTRACTIONS = words("au", "aux", "du");

  /** Opening and closing punctuation a span must not start or end with. */
  static boolean isEdgePunctuation(String word) {
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Words that are capitalised at the start of a sentence but are no names: adverbs, conjunctions,
   * pronouns, interjections and frequent imperatives.
   */
  static final Set<String> SENTENCE_STARTERS = words(
      // French
      "ainsi", "alors", "après", "aujourd'hui", "aujourd’hui", "auparavant", "aussi", "autrement", "avant",
      "bref", "car", "cependant", "certes", "ce", "cela", "ceci", "cet", "cette", "ces", "comme", "comment",
      "d'abord", "d’abord", "depuis", "désormais", "donc", "écoutez", "également", "elle", "elles", "encore",
      "enfin", "ensuite", "entre", "et", "ici", "il", "ils", "jamais", "je", "là", "leur", "lors", "lorsque",
      "mais", "malgré", "néanmoins", "ni", "non", "nous", "oui", "or", "où", "parce", "partout", "pendant",
      "peut-être", "pourquoi", "pourtant", "puis", "quand", "quant", "regardez", "selon", "seulement", "si",
      "sinon", "soit", "sous", "tandis", "toutefois", "tout", "tous", "toute", "toutes", "voici", "voilà",
      "vous", "hier", "demain", "dès", "notez", "imaginez", "attention", "surtout", "bien", "certains",
      // French calls to action of page furniture
      "recevez", "découvrez", "retrouvez", "téléchargez", "abonnez-vous", "inscrivez-vous", "suivez", "partagez",
      "cliquez", "consultez", "profitez", "rejoignez", "lisez",
      // English
      "after", "also", "although", "and", "because", "before", "but", "despite", "during", "however",
      "here", "if", "indeed", "instead", "meanwhile", "moreover", "nevertheless", "now", "once", "so",
      "still", "then", "there", "therefore", "though", "thus", "today", "tomorrow", "when", "where",
      "while", "yesterday", "yes", "no", "he", "she", "it", "we", "they", "this", "that", "these", "those",
      "look", "listen", "imagine", "note", "consider", "according", "unlike", "like", "since", "until",
      "subscribe", "download", "sign", "follow", "share", "click", "read", "discover", "get", "join");

  /**
   * Titles and functions that precede a person's name but are not part of it (lower case; the
   * rules compare lower-cased words, so "M." and "Président" match).
   */
  static final Set<String> TITLES = words(
      "m.", "mm.", "mme", "mmes", "mlle", "me", "maître", "dr", "dr.", "docteur", "pr", "pr.", "professeur",
      "président", "présidente", "vice-président", "vice-présidente", "premier", "première", "vice-premier",
      "ministre", "chancelier", "chancelière", "général", "générale", "colonel", "capitaine", "lieutenant",
      "sénateur", "sénatrice", "député", "députée", "maire", "juge", "cardinal", "monseigneur", "mgr",
      "pape", "roi", "reine", "prince", "princesse", "sir", "lord", "lady", "dame",
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "prof", "prof.", "president", "vice-president",
      "minister", "prime", "chancellor", "general", "gen.", "colonel", "col.", "captain", "senator",
      "sen.", "rep.", "representative", "governor", "gov.", "mayor", "judge", "justice", "king", "queen",
      "pope", "rapper", "singer", "principal", "leader", "chairman", "secretary");

  /**
   * Abbreviations written in capitals that are common nouns, units or formats, not names (as
   * written, case-sensitive).
   */
  static final Set<String> COMMON_ABBREVIATIONS = words(
      "BC", "BCE", "AD", "CE", "LP", "EP", "CD", "CDs", "DVD", "DVDs", "TV", "PC", "UTC", "GMT", "PDF", "URL",
      "URI", "HTML", "CEO", "PhD", "MP", "MPs", "OK", "AM", "PM", "GDP", "PIB", "HT", "TTC", "PDG", "ADN", "DNA");

  /** News agencies, as written (case-sensitive), one or more tokens. */
  static final Set<String> AGENCIES = words(
      "AFP", "Agence France-Presse", "France-Presse", "Reuters", "AP", "Associated Press", "TASS", "Tass",
      "ITAR-TASS", "RIA Novosti", "RIA", "Interfax", "Sputnik", "KCNA", "Yonhap", "Xinhua", "Chine nouvelle",
      "Kyodo", "Jiji", "ANSA", "DPA", "dpa", "EFE", "Europa Press", "Belga", "ATS", "APS", "MAP", "IRNA",
      "Anadolu", "Bernama", "Antara", "PTI", "Press Trust of India", "UPI", "Bloomberg", "Ukrinform",
      "Unian", "PAP", "ČTK", "CTK", "AAP", "Prensa Latina", "WAM", "SPA", "QNA", "MENA", "Tanjug", "Agerpres");

  /** Nouns of vehicles and products that a following name belongs to (a "limousine X" is a thing). */
  static final Set<String> VEHICLE_NOUNS = words(
      "voiture", "voitures", "limousine", "limousines", "berline", "berlines", "automobile", "véhicule",
      "véhicules", "camion", "avion", "avions", "jet", "hélicoptère", "hélicoptères", "char", "chars", "navire",
      "navires", "frégate", "croiseur", "destroyer", "porte-avions", "sous-marin", "sous-marins", "missile",
      "missiles", "fusée", "fusées", "drone", "drones", "satellite", "train", "moto", "yacht", "bateau",
      "smartphone", "téléphone", "modèle",
      "car", "cars", "limo", "sedan", "vehicle", "truck", "plane", "aircraft", "helicopter", "tank", "tanks",
      "ship", "frigate", "cruiser", "submarine", "rocket", "rockets", "drone", "phone", "model");

  /** Words that make the next name a countable thing: indefinite articles, ordinals, "new". */
  static final Set<String> COUNTING_WORDS = words(
      "un", "une", "deuxième", "second", "seconde", "troisième", "nouvelle", "nouveau", "autre", "sa", "son",
      "a", "an", "another", "new", "third");

  /** Geographic plural nouns that, capitalised, start a place name ("Pays de la Loire"). */
  static final Set<String> PLACE_HEADS = words(
      "pays", "îles", "iles", "monts", "chutes", "états", "etats", "plaines", "landes", "bouches", "alpes",
      "côtes", "terres", "lacs", "gorges", "hauts", "basses", "hautes", "vosges", "marches");

  /** Plural nouns of groups of countries or peoples used like demonyms. */
  static final Set<String> GROUP_DEMONYMS = words(
      "occidentaux", "orientaux", "westerners", "easterners", "alliés", "allies", "nordistes", "sudistes");
}
