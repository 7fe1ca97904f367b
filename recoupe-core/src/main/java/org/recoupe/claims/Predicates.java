package org.recoupe.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Families of verbs that say the same act in French and English ("signer", "sign", "parapher" are
 * {@code sign}), the reporting verbs ("déclarer", "say"), and the nouns of the things claims are
 * about ("accord", "traité", "pact" are {@code treaty}). A small curated lexicon: a verb outside
 * it is its own family.
 */
public final class Predicates {
  private Predicates() {}

  /** Family → its verbs, French then English (infinitives; "se_" for reflexives). */
  private static final List<String> FAMILIES = List.of(
      "sign: signer parapher conclure ratifier sceller sign ink conclude ratify seal",
      "meet: rencontrer se_rencontrer se_entretenir se_retrouver retrouver meet",
      "visit: visiter se_rendre se_déplacer rendre_visite visit travel tour",
      "arrive: arriver atterrir débarquer arrive land",
      "welcome: accueillir recevoir saluer welcome greet host receive",
      "announce: annoncer proclamer dévoiler announce proclaim unveil",
      "say: déclarer dire affirmer assurer indiquer préciser expliquer ajouter souligner confirmer"
          + " estimer juger rappeler noter réitérer réaffirmer insister répéter raconter écrire révéler rapporter"
          + " signaler say tell state add note explain confirm stress insist repeat reiterate"
          + " reaffirm reveal report write describe",
      "supply: fournir livrer ravitailler approvisionner envoyer transférer vendre supply provide deliver send"
          + " transfer sell ship",
      "buy: acheter acquérir buy purchase acquire",
      "accuse: accuser reprocher imputer incriminer accuse blame allege",
      "deny: nier démentir réfuter contester rejeter deny refute reject dismiss dispute",
      "promise: promettre se_engager jurer garantir promise pledge vow commit guarantee",
      "thank: remercier féliciter thank congratulate",
      "support: soutenir appuyer épauler support back endorse",
      "give: offrir donner remettre give offer present hand",
      "invite: inviter invite",
      "warn: avertir mettre_en_garde prévenir menacer warn caution threaten",
      "attack: attaquer frapper bombarder pilonner tirer attack strike bomb shell fire",
      "kill: tuer abattre assassiner kill",
      "cooperate: coopérer collaborer cooperate collaborate",
      "block: bloquer empêcher entraver block prevent obstruct veto",
      "sanction: sanctionner punir sanction punish",
      "condemn: condamner dénoncer fustiger condemn denounce",
      "fear: craindre redouter se_inquiéter fear worry",
      "strengthen: renforcer consolider approfondir resserrer se_resserrer strengthen reinforce deepen consolidate"
          + " bolster",
      "include: inclure comprendre contenir prévoir couvrir include contain cover provide",
      "replace: remplacer replace supersede",
      "hold: tenir organiser hold organize organise convene",
      "last: durer last",
      "exchange: échanger exchange swap",
      "accompany: accompagner escorter accompany escort",
      "inaugurate: inaugurer ouvrir inaugurate open",
      "vote: voter adopter approuver vote adopt approve pass",
      "launch: lancer launch",
      "test: tester essayer test",
      "discuss: discuter négocier débattre évoquer discuss negotiate debate",
      "agree: convenir se_accorder accepter agree accept",
      "refuse: refuser decline refuse",
      "cost: coûter cost",
      "increase: augmenter accroître hausser increase raise boost",
      "decrease: baisser diminuer réduire decrease reduce cut lower");

  /** Nouns of the things claims are about, by family. */
  private static final List<String> THINGS = List.of(
      // The Vienna Convention's sense: an international agreement, whatever it is called; a
      // partnership is signed as one.
      "treaty: accord accords traité traités pacte pactes convention conventions agreement agreements treaty"
          + " treaties pact pacts deal deals partenariat partenariats partnership partnerships",
      "weapons: arme armes munition munitions missile missiles obus drone drones armement armements roquette"
          + " roquettes arms weapon weapons ammunition ammunitions shell shells rocket rockets",
      "sanctions: sanction sanctions embargo embargoes",
      "talks: pourparlers négociations négociation entretien entretiens discussions talks negotiations",
      "summit: sommet sommets rencontre summit summits meeting",
      "visit: visite visites voyage visit visits trip");

  /** Nouns that name an act, by the family of its verb ("livraison" is what "livrer" does). */
  private static final List<String> ACTS = List.of(
      "supply: transfert transferts livraison livraisons fourniture fournitures vente ventes envoi envois"
          + " transfer transfers delivery deliveries supplies supply sale sales shipment shipments",
      "attack: attaque attaques frappe frappes bombardement bombardements tir tirs attack attacks strike strikes"
          + " bombing bombings shelling",
      "sign: signature signing",
      "visit: visite visites visit visits",
      "meet: rencontre rencontres meeting meetings",
      "cooperate: coopération cooperation collaboration",
      "buy: achat achats purchase purchases",
      "kill: meurtre meurtres assassinat assassinats killing killings murder murders");

  private static final Map<String, String> VERB_FAMILY = index(FAMILIES);
  private static final Map<String, String> ACT_FAMILY = index(ACTS);
  private static final Map<String, String> THING_FAMILY = index(THINGS);

  /** Verbs that report speech or thought: their complement clause is the claim, their subject its source. */
  private static final Set<String> REPORTING_EXTRA = Set.of(
      "penser", "croire", "considérer", "reconnaître", "admettre", "prévenir", "avertir", "prétendre", "soutenir",
      "believe", "think", "argue", "acknowledge", "admit", "warn", "suggest", "claim", "assert", "annoncer", "announce",
      "allege", "indicate", "assure", "estimate", "signal", "report");

  private static Map<String, String> index(List<String> rows) {
    Map<String, String> m = new HashMap<>();
    for (String row : rows) {
      int colon = row.indexOf(':');
      String family = row.substring(0, colon);
      String rest = row.substring(colon + 1).strip();
      for (String w : rest.split(" ")) {
        m.putIfAbsent(w.replace('_', ' '), family);
      }
    }
    return Map.copyOf(m);
  }

  /** The family of a verb lemma ("signer" → "sign"); the lemma itself when it has none. */
  public static String family(String lemma) {
    String f = VERB_FAMILY.get(lemma);
    if (f == null && lemma.startsWith("se ")) {
      f = VERB_FAMILY.get(lemma.substring(3));
    }
    return f != null ? f : lemma;
  }

  /** Whether the verb reports what someone said or thinks. */
  static boolean reporting(String lemma) {
    return "say".equals(family(lemma)) || REPORTING_EXTRA.contains(lemma);
  }

  /** The families of the acts a text names with nouns ("les transferts d'armes" → supply). */
  public static Set<String> acts(String text) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      String f = ACT_FAMILY.get(w);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** The kinds of things a phrase names ("un accord de partenariat" → treaty), in order. */
  public static Set<String> things(String text) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String w : text.split("[^\\p{L}]+")) {
      String t = thing(w);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** The family of a noun ("traité" → "treaty"), or null. */
  public static String thing(String word) {
    return THING_FAMILY.get(word.toLowerCase(java.util.Locale.ROOT));
  }
}
