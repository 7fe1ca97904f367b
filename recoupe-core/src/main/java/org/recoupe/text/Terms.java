package org.recoupe.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts text into the content words used to compare sentences across articles and languages:
 * lower-cased, accents folded, French and English function words dropped, each word cut to its
 * first six letters so that inflections ("signé", "signée", "signés") meet. Crude but language-light
 * and fast; thread-safe.
 */
public final class Terms {
  private Terms() {}

  private static final int STEM = 6;

  private static final Set<String> STOPWORDS = Set.copyOf(List.of(
      "les", "des", "une", "est", "que", "qui", "dans", "pour", "par", "sur", "avec", "pas", "plus",
      "son", "ses", "sont", "nos", "notre", "vos", "votre", "leur", "leurs", "cette", "ces", "aux",
      "mais", "comme", "tout", "tous", "toutes", "aussi", "entre", "elle", "ils", "nous", "vous", "ont",
      "ete", "etre", "avait", "avaient", "sera", "fait", "cet", "lui", "dont", "elles", "ainsi", "sans",
      "sous", "apres", "avant", "deja", "encore", "selon", "meme", "tres", "bien", "deux", "fois",
      "the", "and", "that", "this", "with", "for", "are", "was", "were", "has", "have", "had", "our",
      "their", "his", "her", "its", "not", "but", "will", "would", "from", "they", "which", "who",
      "been", "also", "into", "than", "more", "said", "after", "about", "there", "what", "when"));

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Lower case, typographic apostrophes straightened, accents removed. */
  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /** The content words of {@code text}, in order, with repeats. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    for (String w : fold(text).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() < 3 || STOPWORDS.contains(w)) {
        continue;
      }
      out.add(w.length() > STEM ? w.substring(0, STEM) : w);
    }
    return out;
  }
}
