package org.recoupe.quotes;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Folding and stemming of single words for comparing quotations: Lucene's French light stemmer
 * for French, the English Snowball stemmer for English (no stemming in other languages), then
 * accents folded ("signé", "signée" →
 * "sign"; "signed", "signing" → "sign"). Thread-safe: a stemmer is made per call.
 */
final class Stems {
  private Stems() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Lower case, curly apostrophe straightened, accents removed. */
  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /** The folded stem of {@code word} in {@code language} ("fr" or "en"); in any other language, the folded word. */
  static String stem(String word, String language) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if ("en".equals(language)) {
      EnglishStemmer stemmer = new EnglishStemmer();
      stemmer.setCurrent(fold(lower));
      stemmer.stem();
      return stemmer.getCurrent();
    }
    if (!"fr".equals(language)) {
      return fold(lower);
    }
    char[] chars = lower.toCharArray();
    return fold(new String(chars, 0, new FrenchLightStemmer().stem(chars, chars.length)));
  }
}
