package org.recoupe.corenlp;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Token;

/**
 * Rejoins sentences that CoreNLP split where the text goes on: a "sentence" that starts with a
 * lower-case letter or with punctuation that cannot open a sentence (a comma, a closing bracket or
 * quote, a stray period) continues the previous one.
 * This keeps a quotation and its attribution together ("« Je pars ! », a déclaré X." and
 * "« Partez ! » a-t-il lancé.") and undoes splits after abbreviations CoreNLP does not know
 * ("env. trois heures").
 */
final class SentenceJoins {

  private SentenceJoins() {}

  /** The sentences of one paragraph, with continuations appended to the sentence before. */
  static List<List<Token>> join(List<List<Token>> sentences) {
    List<List<Token>> out = new ArrayList<>(sentences.size());
    for (List<Token> sentence : sentences) {
      if (!out.isEmpty() && continues(sentence.get(0))) {
        List<Token> merged = new ArrayList<>(out.get(out.size() - 1));
        merged.addAll(sentence);
        out.set(out.size() - 1, merged);
      } else {
        out.add(sentence);
      }
    }
    return out;
  }

  private static boolean continues(Token first) {
    String text = first.text();
    int c = text.codePointAt(0);
    return Character.isLowerCase(c)
        || text.codePoints().allMatch(SentenceJoins::isPunctuation) && !opens(c);
  }

  private static boolean isPunctuation(int c) {
    int type = Character.getType(c);
    return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
  }

  /** Punctuation that may open a sentence: opening brackets and quotes, dashes, straight quotes. */
  private static boolean opens(int c) {
    int type = Character.getType(c);
    return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.DASH_PUNCTUATION || c == '"' || c == '\'' || c == '`' || c == '¿' || c == '¡';
  }
}
