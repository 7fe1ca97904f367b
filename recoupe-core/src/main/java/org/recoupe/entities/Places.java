package org.recoupe.entities;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Country and continent names in French and English, from the JDK's locale data
 * ({@link Locale#getISOCountries()} with {@link Locale#getDisplayCountry(Locale)}) plus the
 * continents; and the demonym test built on them ("Chinois" from "Chine", "Russians" from
 * "Russia").
 */
final class Places {
  private Places() {}

  private static final List<String> CONTINENTS = List.of(
      "Europe", "Afrique", "Asie", "Amérique", "Océanie", "Antarctique", "Arctique",
      "Africa", "Asia", "America", "Oceania", "Antarctica", "Arctic");

  /** Exact names, as the JDK writes them (plus "and" for "&"). */
  private static final Set<String> NAMES = names();

  /** Accent-folded, lower-cased names, for demonym stems. */
  private static final Set<String> FOLDED = folded();

  private static final List<String> DEMONYM_ENDINGS = List.of(
      "ais", "aise", "ois", "oise", "ien", "ienne", "éen", "éenne", "een", "eenne", "ain", "aine", "and", "ande",
      "an", "ian", "ean", "ese", "ish", "i", "iote", "ite", "e", "in", "ine", "que");

  private static Set<String> names() {
    Set<String> out = new HashSet<>(CONTINENTS);
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      for (Locale in : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        String name = country.getDisplayCountry(in);
        if (!name.isEmpty() && !name.equals(code)) {
          out.add(name);
          out.add(name.replace(" & ", " and "));
          out.add(name.replace(" & ", " et "));
        }
      }
    }
    return Set.copyOf(out);
  }

  private static Set<String> folded() {
    Set<String> out = new HashSet<>();
    for (String n : NAMES) {
      out.add(fold(n));
    }
    return Set.copyOf(out);
  }

  /** Whether {@code text} is exactly a country or continent name ("France", "Corée du Sud"). */
  static boolean isCountry(String text) {
    return NAMES.contains(text);
  }

  /**
   * Whether a capitalised word names the people of a country or continent: "Français", "Chinois",
   * "Européens", "Russians", "Occidentaux". The word must end like a demonym and share its stem
   * with a country or continent name; country names themselves are not demonyms.
   */
  static boolean isDemonym(String word) {
    if (word.length() < 4 || !Character.isUpperCase(word.codePointAt(0)) || NAMES.contains(word)) {
      return false;
    }
    String w = fold(word);
    if (Lexicon.GROUP_DEMONYMS.contains(w)) {
      return true;
    }
    String singular = w.endsWith("s") || w.endsWith("x") ? w.substring(0, w.length() - 1) : w;
    for (String form : List.of(w, singular)) {
      for (String ending : DEMONYM_ENDINGS) {
        String e = fold(ending);
        if (form.endsWith(e) && form.length() - e.length() >= 3) {
          String stem = form.substring(0, form.length() - e.length());
          if (hasCountryStem(stem, e.length() >= 3 ? 4 : 2)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A one-word country whose folded name starts with the stem and is at most {@code rest} letters longer. */
  private static boolean hasCountryStem(String stem, int rest) {
    for (String name : FOLDED) {
      if (name.startsWith(stem) && name.length() - stem.length() <= rest && name.indexOf(' ') < 0) {
        return true;
      }
    }
    return false;
  }

  /** Lower case without accents: "Équateur" → "equateur". */
  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
