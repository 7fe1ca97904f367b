package org.recoupe.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoupe.quotes.Features.Gender;
import org.recoupe.quotes.Features.Kind;

/**
 * Nouns that designate people ("le ministre", "la toxicologue", "the spokeswoman") or groups ("le
 * syndicat", "l'agence", "the company"), with their grammatical gender when the noun itself carries
 * it. French feminine forms are derived from the masculine ones by the usual suffixes (-eur →
 * -euse/-rice, -ien → -ienne, -ier → -ière, -é → -ée, consonant → +e); plurals by -s/-x.
 * Lookups take folded words.
 */
final class Nouns {
  private Nouns() {}

  /** French person nouns in the masculine; those ending in -e are epicene (gender from the determiner). */
  private static final Set<String> FR_PERSONS = Set.copyOf(List.of(
      "homme", "garcon", "pere", "fils", "frere", "mari", "oncle", "grand-pere", "president", "directeur",
      "acteur", "auteur", "chanteur", "ecrivain", "avocat", "juge", "procureur", "depute", "senateur", "maire",
      "policier", "gendarme", "medecin", "medecin-chef", "professeur", "enseignant", "etudiant", "lyceen",
      "chercheur", "expert", "responsable", "porte-parole", "syndicaliste", "militant", "manifestant",
      "habitant", "temoin", "voisin", "ami", "proche", "patron", "chef", "dirigeant", "leader", "candidat",
      "elu", "conseiller", "secretaire", "ambassadeur", "diplomate", "general", "officier", "soldat",
      "commandant", "tenor", "toxicologue", "specialiste", "economiste", "sociologue", "politologue",
      "historien", "analyste", "journaliste", "photographe", "architecte", "ingenieur", "agriculteur",
      "ouvrier", "salarie", "employe", "eleve", "enfant", "entraineur", "joueur", "capitaine", "otage",
      "ex-otage", "suspect", "prevenu", "accuse", "plaignant", "detenu", "prisonnier", "ministre", "premier",
      "homologue", "emissaire", "envoye", "negociateur", "commissaire", "gouverneur", "prefet", "depute",
      "eurodepute", "adjoint", "collaborateur", "chancelier", "souverain", "roi", "prince", "emir", "pape",
      "eveque", "pretre", "imam", "rabbin", "docteur", "chirurgien", "infirmier", "pharmacien",
      "epidemiologiste", "virologue", "scientifique", "biologiste", "physicien", "chimiste", "economiste",
      "philosophe", "romancier", "poete", "artiste", "realisateur", "producteur", "comedien", "danseur",
      "musicien", "sportif", "athlete", "cycliste", "footballeur", "tennisman", "pilote", "coureur",
      "vainqueur", "champion", "selectionneur", "president-directeur", "pdg", "fondateur", "proprietaire",
      "actionnaire", "banquier", "trader", "comptable", "juriste", "magistrat", "notaire", "commercant",
      "chauffeur", "pompier", "sauveteur", "militaire", "combattant", "rebelle", "opposant", "dissident",
      "refugie", "migrant", "demandeur", "retraite", "chomeur", "parent", "grand-parent", "cousin", "neveu",
      "vacataire", "charge", "intervenant", "invite", "interlocuteur", "representant", "delegue",
      "mediateur", "observateur", "inspecteur", "enqueteur", "commissaire", "lieutenant", "colonel",
      "sergent", "caporal", "marin", "aviateur", "astronaute", "explorateur", "guide", "voyageur",
      "passager", "spectateur", "supporteur", "supporter", "fan", "citoyen", "electeur", "contribuable",
      "consommateur", "client", "usager", "patient", "malade", "blesse", "survivant", "rescape",
      "defenseur", "partisan", "detracteur", "adversaire", "rival", "allie", "partenaire", "interprete",
      "traducteur", "redacteur", "editorialiste", "chroniqueur", "reporter", "correspondant", "envoye",
      "blogueur", "youtubeur", "influenceur", "internaute", "chiraquien", "gaulliste", "socialiste",
      "communiste", "ecologiste", "centriste", "macroniste", "republicain", "democrate", "conservateur",
      "travailliste", "liberal", "depute-maire", "senateur-maire", "secretaire general", "jeune", "agent", "membre",
      "riverain", "passant", "adolescent", "mineur", "technicien", "collegue", "benevole", "habitue", "touriste",
      "visiteur", "gerant", "tresorier", "substitut", "greffier", "sous-prefet", "veterinaire", "instituteur",
      "proviseur", "recteur", "consultant", "eleveur", "viticulteur", "pecheur", "artisan", "boulanger", "cuisinier",
      "serveur", "vendeur", "acheteur", "investisseur", "patineur", "skieur", "nageur", "boxeur", "arbitre",
      "gardien", "attaquant", "medaille", "supporter", "entrepreneur", "dirigeant", "salarie", "syndique",
      "greviste", "parlementaire", "ministre-president", "maire-adjoint", "conseiller municipal",
      "casseur", "emeutier", "assaillant", "auteur", "victime", "temoin", "enqueteur", "policier"));

  /** French nouns that are feminine whatever their ending ("femme", "mère", "victime"). */
  private static final Set<String> FR_FEMININE = Set.copyOf(List.of(
      "femme", "fille", "mere", "soeur", "epouse", "tante", "grand-mere", "reine", "princesse", "dame",
      "demoiselle", "niece", "cousine", "victime", "personne", "star", "vedette", "personnalite", "recrue",
      "sentinelle", "papesse", "maman", "grand-mere", "belle-mere", "mademoiselle", "madame"));

  /** French group nouns and their gender. */
  private static final Map<String, Gender> FR_GROUPS = groups();

  private static Map<String, Gender> groups() {
    Map<String, Gender> m = new HashMap<>();
    for (String w : List.of("gouvernement", "ministere", "parti", "syndicat", "groupe", "collectif", "journal",
        "quotidien", "hebdomadaire", "mensuel", "magazine", "site", "conseil", "comite", "tribunal", "parquet",
        "cabinet", "bureau", "mouvement", "kremlin", "elysee", "pentagone", "departement", "etat", "regime",
        "camp", "entourage", "texte", "rapport", "document", "communique", "article", "tweet", "message",
        "courrier", "club", "consortium", "fonds", "institut", "office", "service", "secretariat", "senat",
        "parlement", "ministere", "executif", "patronat", "operateur", "constructeur", "groupement",
        "laboratoire", "hopital", "etablissement", "organisme", "fabricant", "syndicat", "front", "bloc",
        "barreau", "jury", "peuple", "public", "media", "reseau", "diocese", "vatican", "quai", "accord", "traite",
        "decret", "projet", "programme", "memorandum", "protocole", "arret", "jugement", "avis", "bilan")) {
      m.put(w, Gender.MASCULINE);
    }
    for (String w : List.of("agence", "entreprise", "societe", "firme", "association", "organisation", "ong",
        "commission", "direction", "administration", "mairie", "police", "justice", "federation",
        "confederation", "banque", "compagnie", "chaine", "radio", "television", "presse", "redaction",
        "maison-blanche", "diplomatie", "armee", "coalition", "opposition", "majorite", "municipalite",
        "prefecture", "region", "ville", "cour", "chambre", "assemblee", "haute autorite", "autorite",
        "lettre", "note", "declaration", "etude", "enquete", "intersyndicale", "centrale", "formation",
        "famille", "defense", "delegation", "equipe", "federation", "union", "alliance", "institution",
        "fondation", "universite", "ecole", "academie", "inspection", "gendarmerie", "marine", "junte",
        "chancellerie", "presidence", "plateforme", "start-up", "multinationale", "filiale", "cgt", "cfdt", "loi",
        "resolution", "charte", "convention", "motion", "petition", "circulaire", "directive")) {
      m.put(w, Gender.FEMININE);
    }
    return Map.copyOf(m);
  }

  private static final Set<String> EN_MASCULINE = Set.of(
      "man", "boy", "father", "husband", "brother", "uncle", "grandfather", "spokesman", "chairman",
      "businessman", "congressman", "king", "prince", "actor", "nephew", "gentleman", "sir", "lord", "dad");
  private static final Set<String> EN_FEMININE = Set.of(
      "woman", "girl", "mother", "wife", "daughter", "sister", "aunt", "grandmother", "spokeswoman",
      "chairwoman", "businesswoman", "congresswoman", "queen", "princess", "actress", "niece", "lady", "mum",
      "mom", "widow");
  private static final Set<String> EN_PERSONS = Set.of(
      "teacher", "president", "minister", "official", "spokesperson", "ambassador", "commander", "leader",
      "lawyer", "attorney", "judge", "director", "chief", "officer", "analyst", "expert", "senator", "governor",
      "mayor", "protester", "protestor", "student", "resident", "doctor", "scientist", "researcher",
      "professor", "superintendent", "speaker", "secretary", "adviser", "advisor", "aide", "diplomat",
      "executive", "founder", "owner", "manager", "editor", "reporter", "journalist", "author", "writer",
      "singer", "artist", "player", "coach", "witness", "victim", "survivor", "citizen", "voter", "member",
      "chancellor", "envoy", "general", "soldier", "activist", "economist", "historian", "prosecutor",
      "investigator", "candidate", "lawmaker", "legislator", "representative", "delegate", "negotiator",
      "source", "insider", "critic", "supporter", "fan", "parent", "child", "nurse", "patient", "worker",
      "employee", "chairperson", "ceo", "cfo", "premier", "sheriff", "pilot", "captain", "person",
      "one", "educator", "organizer", "organiser");
  private static final Set<String> EN_GROUPS = Set.of(
      "government", "ministry", "party", "union", "group", "company", "firm", "agency", "organisation",
      "organization", "council", "committee", "court", "newspaper", "paper", "network", "department", "office",
      "administration", "army", "police", "campaign", "board", "bank", "coalition", "opposition", "label",
      "association", "federation", "league", "team", "club", "embassy", "regime", "authorities", "statement",
      "report", "study", "website", "channel", "broadcaster", "station", "magazine", "corporation",
      "foundation", "institute", "university", "school", "district", "city", "state", "county", "parliament",
      "congress", "senate", "house", "kremlin", "pentagon", "startup", "outlet", "publisher");

  /** The person or group a folded noun designates, with its gender; {@code null} if it is neither. */
  static Features of(String folded) {
    String w = folded;
    boolean plural = false;
    Features f = singular(w);
    if (f == null && (w.endsWith("s") || w.endsWith("x")) && w.length() > 3) {
      f = singular(w.substring(0, w.length() - 1));
      plural = f != null;
    }
    if (f == null && w.endsWith("ies") && w.length() > 4) {
      f = singular(w.substring(0, w.length() - 3) + "y");
      plural = f != null;
    }
    if (f == null && (w.equals("men") || w.endsWith("women") || w.endsWith("men"))) {
      f = singular(w.substring(0, w.length() - 3) + (w.endsWith("women") ? "an" : "an"));
      plural = f != null;
    }
    return f == null ? null : plural ? new Features(f.gender(), true, f.kind()) : f;
  }

  private static Features singular(String w) {
    if (FR_FEMININE.contains(w) || EN_FEMININE.contains(w)) {
      return new Features(Gender.FEMININE, false, Kind.PERSON);
    }
    if (EN_MASCULINE.contains(w)) {
      return new Features(Gender.MASCULINE, false, Kind.PERSON);
    }
    if (FR_PERSONS.contains(w)) {
      return new Features(w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ie") ? Gender.UNKNOWN : Gender.MASCULINE,
          false, Kind.PERSON);
    }
    String masculine = masculine(w);
    if (masculine != null) {
      return new Features(Gender.FEMININE, false, Kind.PERSON);
    }
    if (EN_PERSONS.contains(w)) {
      return new Features(Gender.UNKNOWN, false, Kind.PERSON);
    }
    Gender g = FR_GROUPS.get(w);
    if (g != null) {
      return new Features(g, false, Kind.GROUP);
    }
    return EN_GROUPS.contains(w) ? new Features(Gender.UNKNOWN, false, Kind.GROUP) : null;
  }

  /** The listed masculine person noun a feminine form derives from ("directrice" → "directeur"), or null. */
  private static String masculine(String w) {
    String[][] suffixes = {{"euse", "eur"}, {"rice", "eur"}, {"ienne", "ien"}, {"iere", "ier"}, {"ee", "e"},
        {"ine", "in"}, {"ante", "ant"}, {"ente", "ent"}, {"ue", "u"}, {"ie", "i"}, {"te", "t"}, {"de", "d"},
        {"re", "r"}, {"le", "l"}, {"ne", "n"}, {"se", "s"}, {"eure", "eur"}, {"cheffe", "chef"}};
    for (String[] s : suffixes) {
      if (w.endsWith(s[0]) && w.length() > s[0].length() + 1) {
        String m = w.substring(0, w.length() - s[0].length()) + s[1];
        if (FR_PERSONS.contains(m) && !m.endsWith("e")) {
          return m;
        }
      }
    }
    return w.equals("cheffe") ? "chef" : null;
  }
}
