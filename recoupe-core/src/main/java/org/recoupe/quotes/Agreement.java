package org.recoupe.quotes;

import java.util.List;
import java.util.Set;
import org.recoupe.quotes.Features.Gender;
import org.recoupe.quotes.Features.Kind;

/**
 * Reads the features of the words that name someone: a title (M., Mme, Mrs), a given name, the
 * determiner's gender (la ministre), a person or group noun (la jeune femme, les syndicats, the
 * company), feminine adjectives (l'ex-otage franco-colombienne), coordination (Kim et Poutine), and
 * the agreement of a participle after être ("l'ex-otage est arrivée", "âgée de 46 ans"). The last
 * noun and then a given name outweigh an earlier noun ("Union leader John Okafor" is a man, though
 * "union" is feminine in French), never a determiner or a title. A group
 * that is also named ("l'agence de presse nord-coréenne KCNA") takes either pronoun: writers make
 * it agree with the name as often as with the noun.
 */
final class Agreement {
  private Agreement() {}

  private static final Set<String> FEMININE_DETERMINERS = Set.of("la", "une", "cette", "sa", "celle");
  private static final Set<String> MASCULINE_DETERMINERS = Set.of("le", "un", "ce", "cet", "du", "au", "celui");
  private static final Set<String> PLURAL_DETERMINERS = Set.of(
      "les", "des", "ces", "leurs", "ses", "aux", "plusieurs", "deux", "trois", "quatre", "nombreux",
      "nombreuses", "certains", "certaines", "d'anciens", "d'autres", "quelques", "these", "those", "several",
      "many", "some", "two", "three", "hundreds", "thousands");
  private static final Set<String> MASCULINE_TITLES = Set.of("m", "monsieur", "mr", "sir", "lord", "mgr");
  private static final Set<String> FEMININE_TITLES = Set.of("mme", "madame", "mlle", "mademoiselle", "mrs", "ms",
      "miss", "dame", "lady");
  private static final Set<String> BE = Set.of("est", "etait", "sera", "serait", "fut", "s'est", "sont", "etaient",
      "ete", "s'etait", "se", "seront");
  /** Verbs in the plural right after the words: they name several ("Big Machine have denied"). */
  private static final Set<String> PLURAL_VERBS = Set.of("have", "are", "were", "ont", "sont", "etaient", "avaient",
      "seront", "auront", "affirment", "estiment", "declarent", "denoncent", "jugent");

  /** "une dizaine de délégués", "des centaines de manifestants": the people counted are the referent. */
  private static final Set<String> COLLECTIVES = Set.of("dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine",
      "quarantaine", "cinquantaine", "centaine", "centaines", "millier", "milliers", "majorite", "plupart", "foule",
      "partie", "dozens", "hundreds", "thousands", "number", "majority", "crowd");
  private static final Set<String> COMPLEMENTS = Set.of("de", "du", "des", "d'", "of", "a", "au", "aux", "pour");

  /** The features of the words {@code [from, to)} of a sentence, reading a little past them for agreement. */
  static Features of(List<Word> words, int from, int to) {
    Gender gender = Gender.UNKNOWN;
    boolean plural = false;
    Kind kind = Kind.UNKNOWN;
    boolean complement = false;
    boolean name = false;
    boolean named = false;
    boolean nounGender = false;
    for (int i = from; i < to; i++) {
      Word w = words.get(i);
      if (!w.isWord()) {
        continue;
      }
      String f = w.folded();
      if (i > from && (f.equals("et") || f.equals("and")) && !complement) {
        plural = true;
        continue;
      }
      if (COLLECTIVES.contains(f) && i + 1 < to && (words.get(i + 1).is("de") || words.get(i + 1).is("d'")
          || words.get(i + 1).is("des") || words.get(i + 1).is("of"))) {
        gender = Gender.UNKNOWN;
        plural = true;
        i++;
        continue;
      }
      if (COMPLEMENTS.contains(f) || f.startsWith("d'") && i > from) {
        complement = kind != Kind.UNKNOWN || name;
        if (complement) {
          continue;
        }
      }
      if (complement) {
        named |= Character.isUpperCase(w.text().charAt(0));
        continue;
      }
      if (i == from || !Character.isUpperCase(w.text().charAt(0))) {
        if (FEMININE_DETERMINERS.contains(f) && i == from) {
          gender = Gender.FEMININE;
        } else if (MASCULINE_DETERMINERS.contains(f) && i == from) {
          gender = Gender.MASCULINE;
        } else if (PLURAL_DETERMINERS.contains(f) && i == from) {
          plural = true;
        }
      }
      if (MASCULINE_TITLES.contains(f) || f.equals("mm")) {
        gender = gender == Gender.UNKNOWN ? Gender.MASCULINE : gender;
        kind = Kind.PERSON;
        plural |= f.equals("mm");
        continue;
      }
      if (FEMININE_TITLES.contains(f)) {
        gender = gender == Gender.UNKNOWN ? Gender.FEMININE : gender;
        kind = Kind.PERSON;
        continue;
      }
      boolean elided = (f.startsWith("l'") || f.startsWith("d'")) && f.length() > 2;
      boolean determiner = i == from && (FEMININE_DETERMINERS.contains(f) || MASCULINE_DETERMINERS.contains(f)
          || PLURAL_DETERMINERS.contains(f) || f.equals("son") || f.equals("leur"));
      Features noun = GivenNames.of(w) != null || determiner ? null : Nouns.of(elided ? f.substring(2) : f);
      if (noun != null && !(Character.isUpperCase(w.text().charAt(elided ? 2 : 0)) && i > from && name)) {
        if (kind != Kind.PERSON) {
          kind = noun.kind();
        }
        plural |= noun.plural() && !name;
        if (gender == Gender.UNKNOWN || nounGender && noun.gender() != Gender.UNKNOWN) {
          gender = noun.gender();
          nounGender = true;
        }
        continue;
      }
      Gender given = name ? null : GivenNames.of(w);
      if (given != null) {
        gender = gender == Gender.UNKNOWN || kind != Kind.PERSON || nounGender ? given : gender;
        kind = Kind.PERSON;
        name = true;
        continue;
      }
      if (Character.isUpperCase(w.text().charAt(elided ? 2 : 0))) {
        name = true;
      } else if (gender == Gender.UNKNOWN && feminineAdjective(f) && i > from) {
        gender = Gender.FEMININE;
      }
    }
    plural |= to < words.size() && PLURAL_VERBS.contains(words.get(to).folded());
    if (kind == Kind.GROUP && (name || named)) {
      return new Features(Gender.UNKNOWN, plural, kind);
    }
    if (gender == Gender.UNKNOWN) {
      gender = participle(words, to);
    }
    return new Features(gender, plural, kind);
  }

  /** "-ienne", "-euse", "-rice", "-ière": adjectives and nouns that are feminine. */
  private static boolean feminineAdjective(String f) {
    return f.length() > 5 && (f.endsWith("ienne") || f.endsWith("euse") || f.endsWith("rice") || f.endsWith("iere")
        || f.endsWith("aise") || f.endsWith("ienne"));
  }

  /**
   * Feminine when être (or an apposition) is followed by a feminine participle right after the words;
   * the gender of a pronoun that takes the words up again ("Soona, elle, n'a pas changé").
   */
  private static Gender participle(List<Word> words, int to) {
    int k = to;
    if (k + 2 < words.size() && words.get(k).is(",") && words.get(k + 2).is(",")) {
      Pronoun p = Pronoun.in(words.get(k + 1).folded());
      if (p != null && p.gender() != Gender.UNKNOWN && !p.lastMentioned()) {
        return p.gender();
      }
    }
    if (k < words.size() && words.get(k).is(",")) {
      k++;
      return k < words.size() && feminineParticiple(words.get(k).folded()) ? Gender.FEMININE : Gender.UNKNOWN;
    }
    int be = -1;
    for (int j = k; j < Math.min(words.size(), k + 3); j++) {
      if (words.get(j).isWord() && BE.contains(words.get(j).folded())) {
        be = j;
      }
    }
    if (be < 0) {
      return Gender.UNKNOWN;
    }
    for (int j = be + 1; j < Math.min(words.size(), be + 4); j++) {
      Word w = words.get(j);
      if (!w.isWord()) {
        break;
      }
      if (feminineParticiple(w.folded())) {
        return Gender.FEMININE;
      }
    }
    return Gender.UNKNOWN;
  }

  /** "arrivée", "dite", "émue", "mise", "âgée": a participle in the feminine. */
  static boolean feminineParticiple(String f) {
    String s = f.endsWith("s") ? f.substring(0, f.length() - 1) : f;
    return s.length() > 3 && !NOT_PARTICIPLES.contains(s) && (s.endsWith("ee") || s.endsWith("ite")
        || s.endsWith("ue") && !s.endsWith("que") || s.endsWith("ise") || s.endsWith("ie"));
  }

  private static final Set<String> NOT_PARTICIPLES = Set.of("ensuite", "suite", "vite", "elite", "aussi", "ici",
      "toujours", "deja", "depuis", "une", "mise en", "parmi", "sortie", "partie", "reprise", "crise", "eglise");
}
