package org.recoupe.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.recoupe.claims.Predicate.Tense;
import org.recoupe.claims.VerbForm.Kind;

/**
 * Finds the verb groups of a sentence without a tagger: an auxiliary followed (past adverbs and
 * negation) by a past participle; a modal or "aller" followed by an infinitive; or a conjugated
 * form from the lexicon ({@link FrenchVerbs}, {@link EnglishVerbs}) that does not follow a
 * determiner or a preposition (which would make it a noun: "la visite", "the visits").
 */
final class VerbGroups {
  private VerbGroups() {}

  /** French auxiliary forms and the tense of the compound they make (passé composé is past). */
  private static final Map<String, Tense> FR_AVOIR = Map.ofEntries(
      Map.entry("a", Tense.PAST), Map.entry("ont", Tense.PAST), Map.entry("avait", Tense.PAST),
      Map.entry("avaient", Tense.PAST), Map.entry("eut", Tense.PAST), Map.entry("eurent", Tense.PAST),
      Map.entry("ait", Tense.PAST), Map.entry("aient", Tense.PAST), Map.entry("aura", Tense.FUTURE),
      Map.entry("auront", Tense.FUTURE), Map.entry("aurait", Tense.CONDITIONAL),
      Map.entry("auraient", Tense.CONDITIONAL), Map.entry("ayant", Tense.PAST), Map.entry("avoir", Tense.PAST));
  private static final Map<String, Tense> FR_ETRE = Map.ofEntries(
      Map.entry("est", Tense.PRESENT), Map.entry("sont", Tense.PRESENT), Map.entry("était", Tense.PAST),
      Map.entry("étaient", Tense.PAST), Map.entry("fut", Tense.PAST), Map.entry("furent", Tense.PAST),
      Map.entry("soit", Tense.PRESENT), Map.entry("soient", Tense.PRESENT), Map.entry("sera", Tense.FUTURE),
      Map.entry("seront", Tense.FUTURE), Map.entry("serait", Tense.CONDITIONAL),
      Map.entry("seraient", Tense.CONDITIONAL), Map.entry("étant", Tense.PRESENT), Map.entry("être", Tense.PRESENT));
  /** Verbs whose compound tenses take "être" without being passive. */
  private static final Set<String> ETRE_VERBS = Set.of(
      "arriver", "partir", "venir", "aller", "entrer", "sortir", "rester", "tomber", "naître", "mourir", "devenir",
      "revenir", "rentrer", "retourner", "monter", "descendre", "passer", "parvenir", "intervenir", "survenir",
      "décéder", "apparaître", "repartir", "advenir");
  private static final Set<String> FR_MODALS = Set.of("pouvoir", "devoir", "vouloir", "aller", "falloir", "sembler");
  private static final Set<String> FR_BETWEEN = Set.of(
      "pas", "jamais", "plus", "rien", "guère", "point", "déjà", "aussi", "également", "encore", "toujours", "bien",
      "ensuite", "alors", "finalement", "notamment", "toutefois", "pourtant", "enfin", "ainsi", "même", "souvent",
      "longtemps", "récemment", "immédiatement", "officiellement", "clairement", "largement", "effectivement",
      "probablement", "peut-être", "d'", "ailleurs", "apparemment", "bientôt", "très", "beaucoup", "tous", "toutes",
      "tout", "fermement", "formellement", "publiquement", "conjointement", "vraisemblablement", "désormais",
      "certes", "donc", "cependant", "néanmoins", "personnellement", "directement", "aujourd'hui", "hier", "«",
      "\"");
  private static final Set<String> FR_NEGATIONS = Set.of("pas", "jamais", "plus", "rien", "guère", "point", "aucun",
      "aucune", "ni", "nullement");
  /** Verbs that make one predicate with the words after them ("mettre en garde", "rendre visite"). */
  private static final Map<String, List<String>> PHRASAL = Map.of(
      "mettre", List.of("en garde", "fin", "en évidence", "en relief", "en place", "en œuvre", "en cause"),
      "faire", List.of("suite", "face", "part", "état"),
      "rendre", List.of("visite", "hommage"),
      "prendre", List.of("part", "fin"),
      "avoir", List.of("lieu"),
      "donner", List.of("lieu"));
  private static final java.util.regex.Pattern ER_PARTICIPLE = java.util.regex.Pattern.compile("(\\p{L}{3,})(?:é|ée|és|ées)");
  /** "l'est", "de l'être": an auxiliary's spelling after an article is a noun. */
  private static final Set<String> ARTICLES = Set.of("l'", "le", "la", "du", "de", "d'", "un", "une");
  private static final Set<String> FR_CLITICS = Set.of(
      "ne", "n'", "se", "s'", "le", "la", "les", "l'", "lui", "leur", "y", "en", "me", "m'", "te", "t'", "nous",
      "vous");
  /** Words after which a conjugated-looking form is a noun or an infinitive's object. */
  private static final Set<String> FR_NOMINAL = Set.of(
      "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "ce", "cet", "cette", "ces", "son",
      "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "chaque", "plusieurs",
      "à", "en", "dans", "par", "pour", "sur", "avec", "sans", "sous", "vers", "chez", "entre", "contre", "selon",
      "après", "avant", "depuis", "pendant", "lors", "quel", "quelle", "nouvelle", "nouveau", "première", "premier");
  private static final Set<String> EN_AUX = Set.of(
      "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "shall", "should",
      "can", "could", "may", "might", "must", "do", "does", "did", "'s", "'ve", "'d", "'ll");
  private static final Set<String> EN_BETWEEN = Set.of(
      "not", "n't", "never", "also", "already", "reportedly", "allegedly", "still", "just", "now", "recently",
      "officially", "finally", "jointly", "formally", "publicly", "repeatedly", "previously", "then", "later", "only",
      "even", "further", "long", "since", "yet", "firmly", "apparently", "quickly", "again");
  private static final Set<String> EN_NOMINAL = Set.of(
      "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "of", "to", "in",
      "for", "with", "on", "at", "by", "from", "into", "about", "against", "new", "first", "each", "every", "any",
      "no", "such", "'s");

  /** The verb groups of {@code v}, in order. */
  static List<VerbGroup> of(View v) {
    BiFunction<View, Integer, VerbGroup> at = v.english() ? VerbGroups::englishAt : VerbGroups::frenchAt;
    List<VerbGroup> out = new ArrayList<>();
    int i = 0;
    while (i < v.size()) {
      VerbGroup g = at.apply(v, i);
      if (g == null) {
        i++;
        continue;
      }
      out.add(g);
      i = g.last() + 1;
    }
    return out;
  }

  private static VerbGroup frenchAt(View v, int i) {
    String w = v.lower(i);
    if (v.entity(i) >= 0 && !FR_AVOIR.containsKey(w) || v.timex(i) != null) {
      return null;
    }
    Tense auxTense = FR_AVOIR.containsKey(w) ? FR_AVOIR.get(w) : FR_ETRE.get(w);
    if (auxTense != null && !(i > 0 && ARTICLES.contains(v.lower(i - 1)))) {
      int j = skip(v, i + 1, FR_BETWEEN);
      boolean etre = FR_ETRE.containsKey(w);
      if (j < v.size() && !etre && v.lower(j).equals("été")) {
        int k = skip(v, j + 1, FR_BETWEEN);
        String lemma = k < v.size() ? participleFr(v.lower(k)) : null;
        return lemma != null ? group(v, i, k, lemma, auxTense, true, true)
            : group(v, i, j, "être", auxTense, false, true);
      }
      String lemma = j < v.size() ? participleFr(v.lower(j)) : null;
      if (lemma != null && FR_MODALS.contains(lemma)) {
        int k = skip(v, j + 1, FR_BETWEEN);
        VerbForm inf = k < v.size() ? FrenchVerbs.lookup(v.lower(k)) : null;
        if (inf != null && inf.kind() == Kind.INFINITIVE) {
          return group(v, i, k, inf.lemma(), Tense.CONDITIONAL, false, true);
        }
      }
      if (lemma != null) {
        boolean passive = etre && !ETRE_VERBS.contains(lemma) && !reflexive(v, i);
        Tense t = etre && passive ? auxTense : auxTense == Tense.PRESENT ? Tense.PAST : auxTense;
        return group(v, i, j, lemma, t, passive, true);
      }
      VerbForm f = FrenchVerbs.lookup(w);
      return group(v, i, i, f.lemma(), f.tense() == null ? Tense.PRESENT : f.tense(), false, f.kind() == Kind.FINITE);
    }
    VerbForm f = FrenchVerbs.lookup(w);
    if (f == null || f.kind() != Kind.FINITE || Grammar.PREPOSITIONS.contains(w) || Grammar.DETERMINERS.contains(w)
        || Grammar.SUBORDINATORS.contains(w) || nominal(v, i, FR_NOMINAL) && !unambiguous(w)) {
      return null;
    }
    if (FR_MODALS.contains(f.lemma())) {
      int j = skip(v, i + 1, FR_BETWEEN);
      VerbForm inf = j < v.size() ? FrenchVerbs.lookup(v.lower(j)) : null;
      if (inf != null && inf.kind() == Kind.INFINITIVE && (inf.lemma().equals("être") || inf.lemma().equals("avoir"))) {
        int k = skip(v, j + 1, FR_BETWEEN);
        String participle = k < v.size() ? participleFr(v.lower(k)) : null;
        if (participle != null) {
          Tense t = f.lemma().equals("aller") ? Tense.FUTURE : Tense.CONDITIONAL;
          boolean passive = inf.lemma().equals("être") && !ETRE_VERBS.contains(participle);
          return group(v, i, k, participle, t, passive, true);
        }
      }
      if (inf != null && inf.kind() == Kind.INFINITIVE) {
        Tense t = f.lemma().equals("aller") ? (f.tense() == Tense.PRESENT ? Tense.FUTURE : f.tense())
            : f.lemma().equals("sembler") ? f.tense() : Tense.CONDITIONAL;
        return group(v, i, j, inf.lemma(), t, false, true);
      }
    }
    return group(v, i, i, f.lemma(), f.tense(), false, true);
  }

  /** Forms nouns do not take: imperfect, future, conditional, passé simple plural. */
  private static boolean unambiguous(String w) {
    return w.endsWith("aient") || w.endsWith("ait") || w.endsWith("èrent") || w.endsWith("eront")
        || w.endsWith("erait") || w.endsWith("eraient");
  }

  /** The infinitive of a past participle: from the lexicon, else "-é(e)(s)" of an -er verb. */
  static String participleFr(String w) {
    String lemma = FrenchVerbs.participle(w);
    if (lemma != null) {
      return lemma;
    }
    java.util.regex.Matcher m = ER_PARTICIPLE.matcher(w);
    return m.matches() && !w.equals("été") ? m.group(1) + "er" : null;
  }

  private static boolean reflexive(View v, int aux) {
    return aux > 0 && (v.lower(aux - 1).equals("se") || v.lower(aux - 1).equals("s'"));
  }

  private static VerbGroup englishAt(View v, int i) {
    String w = v.lower(i);
    if (v.entity(i) >= 0 || v.timex(i) != null) {
      return null;
    }
    if (EN_AUX.contains(w) && !(w.equals("'s") && i + 1 < v.size() && EnglishVerbs.participle(v.lower(i + 1)) == null)) {
      Tense tense = switch (w) {
        case "will", "shall", "'ll" -> Tense.FUTURE;
        case "would", "could", "may", "might", "should", "must", "can", "'d" -> Tense.CONDITIONAL;
        case "is", "are", "be", "being", "do", "does", "'s" -> Tense.PRESENT;
        default -> Tense.PAST;
      };
      boolean passive = false;
      int j = i + 1;
      int head = i;
      String lemma = EnglishVerbs.lookup(w) == null ? w : EnglishVerbs.lookup(w).lemma();
      while (j < v.size()) {
        String x = v.lower(j);
        if (EN_BETWEEN.contains(x) || EN_AUX.contains(x) && !x.equals("'s")) {
          if (Set.of("be", "been", "being", "is", "are", "was", "were").contains(x)) {
            passive = true;
            head = j;
            lemma = "be";
          }
          j++;
          continue;
        }
        String base = EnglishVerbs.participle(x);
        VerbForm f = EnglishVerbs.lookup(x);
        boolean beAux = passive || Set.of("is", "are", "was", "were", "be", "'s").contains(w);
        if (base != null && (beAux || Set.of("has", "have", "had", "'ve").contains(w) || head != i)) {
          return groupEn(v, i, j, base, tense == Tense.PRESENT && !beAux ? Tense.PAST : tense, beAux);
        }
        if (f != null && (f.kind() == Kind.INFINITIVE || f.kind() == Kind.GERUND)) {
          return groupEn(v, i, j, f.lemma(), tense, false);
        }
        break;
      }
      return groupEn(v, i, head, lemma.equals("'s") ? "be" : lemma, tense, false);
    }
    VerbForm f = EnglishVerbs.lookup(w);
    if (f == null && EnglishVerbs.guessPast(w) != null && i > 0 && !nominal(v, i, EN_NOMINAL)
        && (v.entity(i - 1) >= 0 || Grammar.PLURAL_PRONOUNS.contains(v.lower(i - 1))
        || Grammar.PERSON_PRONOUNS.contains(v.lower(i - 1)))) {
      return groupEn(v, i, i, EnglishVerbs.guessPast(w), Tense.PAST, false);
    }
    if (f == null || nominal(v, i, EN_NOMINAL) || i > 0 && v.is(i - 1, "to")) {
      return null;
    }
    boolean plainPresent = f.kind() == Kind.INFINITIVE && i > 0 && (v.entity(i - 1) >= 0
        || v.is(i - 1, "they", "we", "you", "i") || v.lower(i - 1).endsWith("s") && !v.punct(i - 1));
    if (f.kind() != Kind.FINITE && !plainPresent) {
      return null;
    }
    boolean ambiguous = plainPresent || f.tense() == Tense.PRESENT && w.endsWith("s") && !EN_AUX.contains(w)
        || f.tense() == Tense.PAST && w.equals(f.lemma());
    if (ambiguous && !(i > 0 && v.is(i - 1, "he", "she", "it", "who", "which", "that", "they", "we")) && !objectAfter(v, i)) {
      return null;
    }
    return groupEn(v, i, i, f.lemma(), plainPresent ? Tense.PRESENT : f.tense(), false);
  }

  /**
   * Whether what follows an English form that could be a noun ("sanctions", "set", "fear") makes it
   * a verb: a determiner, a pronoun, a name, a number, "that" or a quotation mark.
   */
  private static boolean objectAfter(View v, int i) {
    if (i + 1 >= v.size()) {
      return false;
    }
    String n = v.lower(i + 1);
    return Grammar.DETERMINERS.contains(n) || v.entity(i + 1) >= 0 || Character.isDigit(n.charAt(0))
        || v.is(i + 1, "that", "\"", "“", "him", "her", "them", "us", "it", "he", "she", "they", "we", "no", "on", "in");
  }

  private static VerbGroup groupEn(View v, int first, int head, String lemma, Tense tense, boolean passive) {
    boolean negated = false;
    for (int k = first; k <= head; k++) {
      negated |= Set.of("not", "n't", "never").contains(v.lower(k));
    }
    int last = head;
    return new VerbGroup(first, head, last, lemma, tense, negated, passive, true);
  }

  /**
   * A French group from {@code start} (its auxiliary or verb) to {@code head}: clitics and "ne"
   * before it are taken in, and "pas", "jamais"... after it when it is simple.
   */
  private static VerbGroup group(View v, int start, int head, String lemma, Tense tense, boolean passive,
      boolean finite) {
    int first = start;
    while (first > 0 && FR_CLITICS.contains(v.lower(first - 1))) {
      first--;
    }
    boolean reflexive = false;
    boolean negated = false;
    for (int k = first; k < start; k++) {
      reflexive |= v.lower(k).equals("se") || v.lower(k).equals("s'");
      negated |= v.lower(k).equals("ne") || v.lower(k).equals("n'");
    }
    int last = head;
    for (int k = start + 1; k <= head; k++) {
      negated |= FR_NEGATIONS.contains(v.lower(k));
    }
    if (head + 1 < v.size() && FR_NEGATIONS.contains(v.lower(head + 1)) && negated) {
      last = head + 1;
    }
    String l = reflexive && !lemma.equals("être") ? "se " + lemma : lemma;
    for (String tail : PHRASAL.getOrDefault(lemma, List.of())) {
      String[] words = tail.split(" ", -1);
      boolean match = last + words.length < v.size();
      for (int k = 0; match && k < words.length; k++) {
        match = v.lower(last + 1 + k).equals(words[k]);
      }
      if (match) {
        l = l + " " + tail;
        last += words.length;
        break;
      }
    }
    return new VerbGroup(first, head, last, l, tense, negated, passive, finite);
  }

  private static int skip(View v, int from, Set<String> words) {
    int j = from;
    while (j < v.size() && (words.contains(v.lower(j)) || v.lower(j).startsWith("-t-") || v.lower(j).equals("-il")
        || v.lower(j).equals("-elle") || v.lower(j).equals("-ils") || v.lower(j).equals("-on"))) {
      j++;
    }
    return j;
  }

  /** Whether the word before {@code i} (clitics skipped) makes {@code i} a noun. */
  private static boolean nominal(View v, int i, Set<String> nominal) {
    if (i == 0) {
      return false;
    }
    String prev = v.lower(i - 1);
    return nominal.contains(prev) || Character.isUpperCase(v.text(i).charAt(0))
        || Character.isDigit(prev.charAt(0));
  }
}
