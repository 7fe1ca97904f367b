package org.recoupe.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recoupe.claims.Predicate.Tense;
import org.recoupe.claims.VerbForm.Kind;
import org.recoupe.text.Terms;

/**
 * The third-person forms, participles and infinitives of the French verbs news reports use: the
 * regular -er, -ir (finir) and -re (rendre) verbs of {@link FrenchVerbList}, and the irregular
 * ones, with their prefixed compounds ("promettre", "obtenir", "reconnaître"). Keys are lower
 * case with accents kept (so that "signé" is a participle and "signe" a present); each form is also
 * found written without its accents ("declare"), unless that spelling is another form. Built once;
 * thread-safe.
 */
final class FrenchVerbs {
  private FrenchVerbs() {}

  /**
   * Irregular verbs: infinitive, present 3sg, present 3pl, imperfect stem, future stem, passé
   * simple 3sg and 3pl, past participle, present participle, then the prefixes of compounds that
   * conjugate alike ("-" for none).
   */
  private static final List<String> IRREGULAR = List.of(
      "être est sont ét ser fut furent été étant -",
      "avoir a ont av aur eut eurent eu ayant -",
      "aller va vont all ir alla allèrent allé allant -",
      "faire fait font fais fer fit firent fait faisant re dé",
      "dire dit disent dis dir dit dirent dit disant inter pré contre",
      "pouvoir peut peuvent pouv pourr put purent pu pouvant -",
      "vouloir veut veulent voul voudr voulut voulurent voulu voulant -",
      "devoir doit doivent dev devr dut durent dû devant -",
      "savoir sait savent sav saur sut surent su sachant -",
      "voir voit voient voy verr vit virent vu voyant re entre",
      "prévoir prévoit prévoient prévoy prévoir prévit prévirent prévu prévoyant -",
      "prendre prend prennent pren prendr prit prirent pris prenant com re entre ap sur",
      "mettre met mettent mett mettr mit mirent mis mettant pro per ad sou trans com re é o compro",
      "venir vient viennent ven viendr vint vinrent venu venant de re inter par pré sur con sou pro",
      "tenir tient tiennent ten tiendr tint tinrent tenu tenant ob main sou re con appar dé entre abs",
      "partir part partent part partir partit partirent parti partant re",
      "sortir sort sortent sort sortir sortit sortirent sorti sortant -",
      "servir sert servent serv servir servit servirent servi servant -",
      "sentir sent sentent sent sentir sentit sentirent senti sentant res con pres",
      "mentir ment mentent ment mentir mentit mentirent menti mentant dé",
      "ouvrir ouvre ouvrent ouvr ouvrir ouvrit ouvrirent ouvert ouvrant r ré",
      "offrir offre offrent offr offrir offrit offrirent offert offrant -",
      "couvrir couvre couvrent couvr couvrir couvrit couvrirent couvert couvrant dé re",
      "souffrir souffre souffrent souffr souffrir souffrit souffrirent souffert souffrant -",
      "accueillir accueille accueillent accueill accueiller accueillit accueillirent accueilli accueillant -",
      "recevoir reçoit reçoivent recev recevr reçut reçurent reçu recevant -",
      "percevoir perçoit perçoivent percev percevr perçut perçurent perçu percevant -",
      "décevoir déçoit déçoivent décev décevr déçut déçurent déçu décevant -",
      "connaître connaît connaissent connaiss connaîtr connut connurent connu connaissant re",
      "paraître paraît paraissent paraiss paraîtr parut parurent paru paraissant ap dis com re",
      "naître naît naissent naiss naîtr naquit naquirent né naissant -",
      "mourir meurt meurent mour mourr mourut moururent mort mourant -",
      "courir court courent cour courr courut coururent couru courant par se re ac con",
      "vivre vit vivent viv vivr vécut vécurent vécu vivant sur re",
      "suivre suit suivent suiv suivr suivit suivirent suivi suivant pour",
      "écrire écrit écrivent écriv écrir écrivit écrivirent écrit écrivant d",
      "inscrire inscrit inscrivent inscriv inscrir inscrivit inscrivirent inscrit inscrivant -",
      "lire lit lisent lis lir lut lurent lu lisant é réé re",
      "croire croit croient croy croir crut crurent cru croyant -",
      "craindre craint craignent craign craindr craignit craignirent craint craignant -",
      "contraindre contraint contraignent contraign contraindr contraignit contraignirent contraint contraignant -",
      "plaindre plaint plaignent plaign plaindr plaignit plaignirent plaint plaignant -",
      "joindre joint joignent joign joindr joignit joignirent joint joignant re ad",
      "atteindre atteint atteignent atteign atteindr atteignit atteignirent atteint atteignant -",
      "éteindre éteint éteignent éteign éteindr éteignit éteignirent éteint éteignant -",
      "restreindre restreint restreignent restreign restreindr restreignit restreignirent restreint restreignant -",
      "conduire conduit conduisent conduis conduir conduisit conduisirent conduit conduisant re",
      "produire produit produisent produis produir produisit produisirent produit produisant re",
      "réduire réduit réduisent réduis réduir réduisit réduisirent réduit réduisant -",
      "traduire traduit traduisent traduis traduir traduisit traduisirent traduit traduisant -",
      "introduire introduit introduisent introduis introduir introduisit introduisirent introduit introduisant -",
      "construire construit construisent construis construir construisit construisirent construit construisant re",
      "détruire détruit détruisent détruis détruir détruisit détruisirent détruit détruisant -",
      "conclure conclut concluent conclu conclur conclut conclurent conclu concluant -",
      "exclure exclut excluent exclu exclur exclut exclurent exclu excluant -",
      "inclure inclut incluent inclu inclur inclut inclurent inclus incluant -",
      "résoudre résout résolvent résolv résoudr résolut résolurent résolu résolvant -",
      "dissoudre dissout dissolvent dissolv dissoudr dissolut dissolurent dissous dissolvant -",
      "battre bat battent batt battr battit battirent battu battant com dé a",
      "vaincre vainc vainquent vainqu vaincr vainquit vainquirent vaincu vainquant con",
      "acquérir acquiert acquièrent acquér acquerr acquit acquirent acquis acquérant -",
      "conquérir conquiert conquièrent conquér conquerr conquit conquirent conquis conquérant -",
      "fuir fuit fuient fuy fuir fuit fuirent fui fuyant -",
      "valoir vaut valent val vaudr valut valurent valu valant pré",
      "falloir faut faut fall faudr fallut fallut fallu fallant -",
      "rompre rompt rompent romp rompr rompit rompirent rompu rompant inter cor",
      "suffire suffit suffisent suffis suffir suffit suffirent suffi suffisant -",
      "extraire extrait extraient extray extrair extrait extrairent extrait extrayant -",
      "promouvoir promeut promeuvent promouv promouvr promut promurent promu promouvant -",
      "émouvoir émeut émeuvent émouv émouvr émut émurent ému émouvant -",
      "asseoir assoit assoient assoy assoir assit assirent assis asseyant -",
      "rire rit rient ri rir rit rirent ri riant sou",
      "plaire plaît plaisent plais plair plut plurent plu plaisant dé",
      "taire tait taisent tais tair tut turent tu taisant -",
      "boire boit boivent buv boir but burent bu buvant -",
      "cuire cuit cuisent cuis cuir cuisit cuisirent cuit cuisant -",
      "dormir dort dorment dorm dormir dormit dormirent dormi dormant -",
      "envoyer envoie envoient envoy enverr envoya envoyèrent envoyé envoyant r",
      "haïr hait haïssent haïss haïr haït haïrent haï haïssant -",
      "accroître accroît accroissent accroiss accroîtr accrut accrurent accru accroissant -");

  /** Extra finite forms (subjunctives of the commonest verbs). */
  private static final List<String> EXTRA = List.of(
      "être soit", "être soient", "avoir ait", "avoir aient", "aller aille", "aller aillent", "faire fasse",
      "faire fassent", "pouvoir puisse", "pouvoir puissent", "vouloir veuille", "vouloir veuillent",
      "savoir sache", "savoir sachent", "prendre prenne", "prendre prennent", "venir vienne", "venir viennent",
      "tenir tienne", "tenir tiennent", "devoir doive", "devoir doivent", "fournir fournisse");

  /** Finite forms, infinitives and present participles. */
  private static final Map<String, VerbForm> FORMS = new HashMap<>();
  /** Past participles (all genders and numbers) → infinitive. */
  private static final Map<String, String> PARTICIPLES = new HashMap<>();

  static {
    build(FORMS);
    foldAll(FORMS);
    foldAll(PARTICIPLES);
  }

  /** The finite form, infinitive or present participle {@code word} (any case) is, or null. */
  static VerbForm lookup(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    return FORMS.get(lower);
  }

  /** The infinitive of the past participle {@code word} (any case), or null. */
  static String participle(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    return PARTICIPLES.get(lower);
  }

  /** Adds the accent-free spelling of each key, unless that spelling is a key already. */
  private static <V> void foldAll(Map<String, V> m) {
    Map<String, V> folded = new HashMap<>();
    m.forEach((k, v) -> folded.putIfAbsent(Terms.fold(k), v));
    folded.forEach(m::putIfAbsent);
  }

  private static void build(Map<String, VerbForm> m) {
    for (String inf : FrenchVerbList.ER) {
      regularEr(m, inf);
    }
    for (String inf : FrenchVerbList.IR) {
      String s = inf.substring(0, inf.length() - 2);
      conjugate(m, inf, s + "it", s + "issent", s + "iss", inf, s + "it", s + "irent", s + "i", s + "issant");
    }
    for (String inf : FrenchVerbList.RE) {
      String s = inf.substring(0, inf.length() - 2);
      conjugate(m, inf, s, s + "ent", s, s + "r", s + "it", s + "irent", s + "u", s + "ant");
    }
    for (String row : IRREGULAR) {
      String[] f = row.split(" ");
      for (int p = 9; p < f.length; p++) {
        String pre = f[p].equals("-") ? "" : f[p];
        conjugate(m, pre + f[0], pre + f[1], pre + f[2], pre + f[3], pre + f[4], pre + f[5], pre + f[6], pre + f[7],
            pre + f[8]);
      }
      if (f.length > 9 && !f[9].equals("-")) {
        conjugate(m, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
      }
    }
    for (String row : EXTRA) {
      String[] f = row.split(" ");
      m.putIfAbsent(f[1], new VerbForm(f[0], Kind.FINITE, Tense.PRESENT));
    }
  }

  /** A regular -er verb, with the spelling changes of -cer, -ger, -eler/-eter, -yer and e/é → è. */
  private static void regularEr(Map<String, VerbForm> m, String inf) {
    String s = inf.substring(0, inf.length() - 2);
    String soft = inf.endsWith("cer") ? s.substring(0, s.length() - 1) + "ç" : inf.endsWith("ger") ? s + "e" : s;
    String strong = strongStem(s);
    String future = strong.equals(s) || inf.matches(".*é[^aeiouy]+er") ? inf : strong + "er";
    conjugate(m, inf, strong + "e", strong + "ent", soft, future, soft + "a", s + "èrent", s + "é", soft + "ant");
    if (!strong.equals(s)) {
      conjugate(m, inf, s + "e", s + "ent", soft, inf, soft + "a", s + "èrent", s + "é", soft + "ant");
    }
  }

  /** The stem of the singular present: "lève", "cède", "appelle", "emploie"; the stem itself otherwise. */
  private static String strongStem(String s) {
    if (s.endsWith("oy") || s.endsWith("uy")) {
      return s.substring(0, s.length() - 1) + "i";
    }
    if (s.matches(".*[^aeiouyé]e[lt]") && (s.endsWith("pel") || s.endsWith("jet") || s.endsWith("nouvel"))) {
      return s + s.charAt(s.length() - 1);
    }
    if (s.matches(".*[eé][^aeiouyéè]{1,2}")) {
      int i = Math.max(s.lastIndexOf('e'), s.lastIndexOf('é'));
      return s.substring(0, i) + "è" + s.substring(i + 1);
    }
    return s;
  }

  private static void conjugate(Map<String, VerbForm> m, String inf, String pres3sg, String pres3pl, String imperfect,
      String future, String past3sg, String past3pl, String participle, String gerund) {
    put(m, inf, inf, Kind.INFINITIVE, null);
    put(m, pres3sg, inf, Kind.FINITE, Tense.PRESENT);
    put(m, pres3pl, inf, Kind.FINITE, Tense.PRESENT);
    put(m, imperfect + "ait", inf, Kind.FINITE, Tense.PAST);
    put(m, imperfect + "aient", inf, Kind.FINITE, Tense.PAST);
    put(m, future + "a", inf, Kind.FINITE, Tense.FUTURE);
    put(m, future + "ont", inf, Kind.FINITE, Tense.FUTURE);
    put(m, future + "ait", inf, Kind.FINITE, Tense.CONDITIONAL);
    put(m, future + "aient", inf, Kind.FINITE, Tense.CONDITIONAL);
    put(m, past3sg, inf, Kind.FINITE, Tense.PAST);
    put(m, past3pl, inf, Kind.FINITE, Tense.PAST);
    for (String ending : List.of("", "e", participle.endsWith("s") ? "" : "s", "es")) {
      PARTICIPLES.putIfAbsent(participle + ending, inf);
    }
    put(m, gerund, inf, Kind.GERUND, null);
  }

  /** The first verb to claim a spelling keeps it; a finite reading wins over an infinitive or gerund. */
  private static void put(Map<String, VerbForm> m, String form, String lemma, Kind kind, Tense tense) {
    VerbForm old = m.get(form);
    if (old == null || old.kind() != Kind.FINITE && kind == Kind.FINITE) {
      m.put(form, new VerbForm(lemma, kind, tense));
    }
  }
}
