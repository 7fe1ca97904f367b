package org.recoupe.contradict;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoupe.document.Span;
import org.recoupe.text.Terms;

/**
 * Splits a passage into {@link Word}s with exact spans: French elisions keep their apostrophe
 * ("l'", "n'"), English "n't" is a token of its own, hyphenated words stay whole, a number with
 * its decimal part or ordinal suffix ("1er", "3ème", "21st") is one token.
 */
final class Words {
  private Words() {}

  private static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{M}]+?(?=n['’]t\\b)|n['’]t\\b|[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*['’]?"
          + "|\\d+(?:[.,]\\d+)?(?:er|re|ère|ème|eme|e|è|nde|nd|st|rd|th)?(?![\\p{L}\\d])|\\d+|\\S",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** The tokens of {@code text}. */
  static List<Word> of(String text, boolean english) {
    List<Word> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String t = m.group();
      out.add(new Word(t, Terms.fold(t), Lexicon.stem(t, english), out.size(), new Span(m.start(), m.end())));
    }
    return out;
  }
}
