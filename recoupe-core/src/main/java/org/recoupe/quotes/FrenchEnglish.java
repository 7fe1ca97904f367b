package org.recoupe.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.recoupe.text.Stems;
import org.recoupe.text.Terms;

/**
 * Recoupe's own French–English lexicon of frequent news and political words ({@code fr-en.txt}
 * next to this class, written for the project; its header gives the format). Each line is one
 * meaning: French words on the left of {@code =}, English on the right; a word may carry several
 * meanings. Words are looked up by their {@link Stems stem}, so inflected forms meet the listed
 * form ("signées" meets "signé", "treaties" meets "treaty"); irregular forms are listed. Immutable
 * and thread-safe.
 */
final class FrenchEnglish {
  private static final FrenchEnglish INSTANCE = load();
  private static final int[] NONE = new int[0];

  /** Per language: folded listed forms, stems of base forms, and (French) verb roots. */
  private final Map<String, Map<String, int[]>> exact;
  private final Map<String, Map<String, int[]>> stems;
  private final Map<String, int[]> frenchRoots;
  private final int size;

  private FrenchEnglish(Map<String, Map<String, int[]>> exact, Map<String, Map<String, int[]>> stems,
      Map<String, int[]> frenchRoots, int size) {
    this.exact = exact;
    this.stems = stems;
    this.frenchRoots = frenchRoots;
    this.size = size;
  }

  /** The lexicon shipped with Recoupe. */
  static FrenchEnglish get() {
    return INSTANCE;
  }

  /** How many meanings it lists. */
  int size() {
    return size;
  }

  /**
   * The meanings of {@code word} in {@code language} ("fr", "en", or {@code null} for both), as
   * meaning numbers; empty when the word is not listed or the language is another. A listed form wins; then the base form of
   * an irregular verb, the stem, and for French the root of a regular conjugation.
   */
  int[] meanings(String word, String language) {
    if (language == null) {
      int[] fr = meanings(word, "fr");
      int[] en = meanings(word, "en");
      int[] both = Arrays.copyOf(fr, fr.length + en.length);
      System.arraycopy(en, 0, both, fr.length, en.length);
      return both;
    }
    if (!language.equals("fr") && !language.equals("en")) {
      return NONE;
    }
    String lang = language;
    String folded = Terms.fold(word);
    int[] found = exact.get(lang).get(folded);
    if (found == null) {
      found = exact.get(lang).get(VerbForms.base(folded, lang));
    }
    if (found == null) {
      found = stems.get(lang).get(Stems.stem(VerbForms.base(folded, lang), lang));
    }
    if (found == null && lang.equals("fr")) {
      for (String root : VerbForms.frenchRoots(folded)) {
        found = frenchRoots.get(root);
        if (found != null) {
          break;
        }
      }
    }
    return found == null ? NONE : found;
  }

  private static FrenchEnglish load() {
    Map<String, Map<String, int[]>> exact = Map.of("fr", new HashMap<>(), "en", new HashMap<>());
    Map<String, Map<String, int[]>> stems = Map.of("fr", new HashMap<>(), "en", new HashMap<>());
    Map<String, int[]> roots = new HashMap<>();
    int meaning = 0;
    try (InputStream in = FrenchEnglish.class.getResourceAsStream("fr-en.txt")) {
      if (in == null) {
        throw new IllegalStateException("fr-en.txt is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] sides = text.split("=", -1);
        if (sides.length != 2) {
          throw new IllegalStateException("fr-en.txt line " + number + ": expected 'french = english'");
        }
        for (int side = 0; side < 2; side++) {
          String lang = side == 0 ? "fr" : "en";
          for (String w : sides[side].split(",")) {
            String folded = Terms.fold(w.strip());
            if (folded.isEmpty()) {
              continue;
            }
            String base = VerbForms.base(folded, lang);
            add(exact.get(lang), folded, meaning);
            add(stems.get(lang), Stems.stem(base, lang), meaning);
            String root = lang.equals("fr") ? VerbForms.frenchRoot(base) : null;
            if (root != null) {
              add(roots, root, meaning);
            }
          }
        }
        meaning++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FrenchEnglish(freeze(exact), freeze(stems), Map.copyOf(roots), meaning);
  }

  private static Map<String, Map<String, int[]>> freeze(Map<String, Map<String, int[]>> byLanguage) {
    return Map.of("fr", Map.copyOf(byLanguage.get("fr")), "en", Map.copyOf(byLanguage.get("en")));
  }

  private static void add(Map<String, int[]> map, String key, int meaning) {
    int[] old = map.get(key);
    if (old == null) {
      map.put(key, new int[] {meaning});
    } else if (old[old.length - 1] != meaning) {
      int[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = meaning;
      map.put(key, grown);
    }
  }
}
