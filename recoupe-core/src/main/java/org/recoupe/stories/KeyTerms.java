package org.recoupe.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.recoupe.dedup.Hashing;

/**
 * Key terms of a text through Lucene's analyzers (no index): French text goes through {@link
 * FrenchAnalyzer} (elision, stop words, light stemming), English and anything else through {@link
 * EnglishAnalyzer}. Terms become hashed ids, so vectors stay compact and need no vocabulary.
 * Thread-safe (Lucene analyzers keep per-thread state).
 */
public final class KeyTerms implements AutoCloseable {
  private final Analyzer french = new FrenchAnalyzer();
  private final Analyzer english = new EnglishAnalyzer();

  /** The feature id of a term (namespace 't'). */
  public static int termId(CharSequence term) {
    return Hashing.featureId('t', term);
  }

  /** Term-id counts of {@code text} analysed for {@code language} (ISO 639-1, may be null). */
  public Map<Integer, Integer> counts(String text, String language) {
    Analyzer analyzer = "fr".equals(language) ? french : english;
    Map<Integer, Integer> counts = new HashMap<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 1 && !digitsOnly(term)) {
          counts.merge(termId(term), 1, Integer::sum);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  private static boolean digitsOnly(CharTermAttribute term) {
    for (int i = 0; i < term.length(); i++) {
      if (!Character.isDigit(term.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    french.close();
    english.close();
  }
}
