package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verb forms that stemming does not bring back to the form a lexicon lists: English irregular
 * pasts ("withdrew", "withdrawn" → "withdraw"), French irregular verbs ("deviendra", "savions",
 * "peut" → their infinitive) and the root of French regular conjugations ("négocierons",
 * "travaillaient", "tentaient" → "negoci", "travaill", "tent", the infinitive less "-er", "-ir" or
 * "-re"). Written for Recoupe; general grammar, no vocabulary beyond the common irregular verbs.
 */
final class VerbForms {
  private VerbForms() {}

  /** English irregular verbs: base form, then its other forms. */
  private static final String[] ENGLISH = {
      "be was were been being is are am", "become became", "begin began begun", "break broke broken",
      "bring brought", "build built", "buy bought", "catch caught", "choose chose chosen", "come came",
      "cost", "cut", "deal dealt", "do did done does", "draw drew drawn", "drive drove driven", "eat ate eaten",
      "fall fell fallen", "feel felt", "fight fought", "find found", "fly flew flown", "forbid forbade forbidden",
      "forget forgot forgotten", "freeze froze frozen", "get got gotten", "give gave given", "go went gone goes",
      "grow grew grown", "have has had", "hear heard", "hide hid hidden", "hit", "hold held", "hurt",
      "keep kept", "know knew known", "lay laid", "lead led", "leave left", "lend lent", "let", "lie lay lain",
      "lose lost", "make made", "mean meant", "meet met", "pay paid", "put", "quit", "read", "ride rode ridden",
      "rise rose risen", "run ran", "say said says", "see saw seen", "seek sought", "sell sold", "send sent",
      "set", "shake shook shaken", "shoot shot", "show showed shown", "shut", "sing sang sung", "sink sank sunk",
      "sit sat", "sleep slept", "speak spoke spoken", "spend spent", "stand stood", "steal stole stolen",
      "strike struck stricken", "swear swore sworn", "take took taken", "teach taught", "tear tore torn",
      "tell told", "think thought", "throw threw thrown", "understand understood", "undertake undertook undertaken",
      "wake woke woken", "wear wore worn", "win won", "withdraw withdrew withdrawn", "write wrote written",
      "overcome overcame", "undergo underwent undergone", "uphold upheld", "foresee foresaw foreseen"};

  /** French irregular verbs: infinitive, then its frequent other forms. */
  private static final String[] FRENCH = {
      "faire fait faits faite faites font fais faisons faisait faisaient fera feront ferait feraient ferons",
      "dire dit dits dite dites disent disons disait disaient dira diront dirait",
      "pouvoir peut peuvent peux pouvons pouvez pouvait pouvaient pourra pourront pourrait pourraient pourrons pu",
      "vouloir veut veulent veux voulons voulez voulait voulaient voudra voudront voudrait voudraient voulu",
      "devoir doit doivent dois devons devez devait devaient devra devront devrait devraient du due dus",
      "aller va vont vais allons allez allait allaient ira iront irait iraient irons alle allee alles",
      "venir vient viennent viens venons venez venait venaient viendra viendront viendrait venu venue venus",
      "devenir devient deviennent deviens devenons devenait devenaient deviendra deviendront deviendrait devenu devenue",
      "revenir revient reviennent reviens revenons revenez revenait reviendra reviendront revenu revenue",
      "tenir tient tiennent tiens tenons tenait tiendra tiendront tiendrait tenu tenue",
      "maintenir maintient maintiennent maintenons maintiendra maintiendrons maintiendrait maintenu maintenue",
      "obtenir obtient obtiennent obtiendra obtenu obtenue", "soutenir soutient soutiennent soutiendra soutenu",
      "prendre prend prennent prends prenons prenait prenaient prendra prendront prendrait pris prise prises",
      "comprendre comprend comprennent comprends comprenons comprendra compris comprise",
      "mettre met mettent mets mettons mettait mettra mettront mettrait mis mise mises",
      "permettre permet permettent permettra permettrait permis permise",
      "promettre promet promettent promettra promis promise", "admettre admet admettent admis admise",
      "savoir sait savent sais savons savez savait savaient saura sauront saurait su sue",
      "voir voit voient vois voyons voyez voyait voyaient verra verront verrait vu vue vus",
      "prevoir prevoit prevoient prevoyons prevoyait prevoira prevu prevue prevus prevues",
      "recevoir recoit recoivent recevons recevait recevra recu recue recus",
      "croire croit croient crois croyons croyait croira cru crue", "connaitre connait connaissent connu connue",
      "reconnaitre reconnait reconnaissent reconnu reconnue", "naitre nait nee nes",
      "mourir meurt meurent mourait mourra mort morte morts", "vivre vit vivent vivait vivra vecu",
      "ecrire ecrit ecrivent ecrivait ecrira", "lire lit lisent lisait lira lu",
      "boire boit boivent bu", "ouvrir ouvre ouvrent ouvrira ouvert ouverte", "offrir offre offrent offert offerte",
      "souffrir souffre souffrent souffert", "courir court courent couru", "partir part partent partira parti",
      "sortir sort sortent sortira sorti", "suivre suit suivent suivra suivi suivie", "vaincre vainc vaincu",
      "rire rit rient ri", "craindre craint craignent craindra", "atteindre atteint atteignent atteindra atteinte",
      "joindre joint joignent rejoint", "conduire conduit conduisent conduira", "produire produit produisent",
      "reduire reduit reduisent reduira", "detruire detruit detruisent detruira", "construire construit construisent",
      "falloir faut fallait faudra faudrait fallu", "valoir vaut valent vaudra valu", "exclure exclut excluent exclu",
      "inclure inclut incluent inclus", "resoudre resout resolu", "asseoir assis", "apprendre apprend apprennent appris"};

  private static final Map<String, String> EN = table(ENGLISH);
  private static final Map<String, String> FR = table(FRENCH);

  /** French endings of regular conjugations, longest first; stripping one leaves the verb's root. */
  private static final List<String> FRENCH_ENDINGS = List.of(
      "eraient", "issaient", "issions", "eriez", "erions", "erons", "eront", "erait", "erais", "issons", "issez",
      "issent", "issait", "issant", "aient", "erai", "eras", "erez", "irait", "iront", "ions", "iez", "ais", "ait",
      "ant", "era", "ira", "ons", "ent", "ees", "ez", "er", "ir", "re", "es", "ee", "is", "it", "e", "i", "u");

  private static Map<String, String> table(String[] rows) {
    Map<String, String> out = new HashMap<>();
    for (String row : rows) {
      String[] forms = row.split(" ");
      for (String f : forms) {
        out.putIfAbsent(f, forms[0]);
      }
    }
    return Map.copyOf(out);
  }

  /** The base form of an irregular French or English verb form (folded), or the form itself. */
  static String base(String folded, String language) {
    Map<String, String> table = "en".equals(language) ? EN : "fr".equals(language) ? FR : Map.of();
    return table.getOrDefault(folded, folded);
  }

  /** The root of a French infinitive ("négocier" → "negoci"), or {@code null} if it is none. */
  static String frenchRoot(String foldedInfinitive) {
    for (String ending : List.of("er", "ir", "re")) {
      if (foldedInfinitive.endsWith(ending) && foldedInfinitive.length() - ending.length() >= 3) {
        return foldedInfinitive.substring(0, foldedInfinitive.length() - ending.length());
      }
    }
    return null;
  }

  /** The roots a French verb form may have, longest ending stripped first; roots of three letters or more. */
  static List<String> frenchRoots(String folded) {
    List<String> out = new ArrayList<>();
    for (String ending : FRENCH_ENDINGS) {
      if (folded.endsWith(ending) && folded.length() - ending.length() >= 3) {
        out.add(folded.substring(0, folded.length() - ending.length()));
      }
    }
    return out;
  }
}
