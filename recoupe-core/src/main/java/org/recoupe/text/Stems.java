package org.recoupe.text;

import java.util.Locale;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Folding and stemming of single words, for comparing quotations, claims and contradictions: Lucene's
 * French light stemmer for French, the English Snowball stemmer for English (no stemming in other
 * languages), accents folded ("signé", "signée" → "sign"; "signed", "signing" → "sign"). English
 * words are folded before stemming, since Snowball's English rules expect unaccented letters.
 * Thread-safe: a stemmer is made per call.
 */
public final class Stems {
  private Stems() {}

  /** The folded stem of {@code word} in {@code language} ("fr" or "en"); in any other language, the folded word. */
  public static String stem(String word, String language) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if ("en".equals(language)) {
      EnglishStemmer stemmer = new EnglishStemmer();
      stemmer.setCurrent(Terms.fold(lower));
      stemmer.stem();
      return stemmer.getCurrent();
    }
    if (!"fr".equals(language)) {
      return Terms.fold(lower);
    }
    char[] chars = lower.toCharArray();
    return Terms.fold(new String(chars, 0, new FrenchLightStemmer().stem(chars, chars.length)));
  }
}
