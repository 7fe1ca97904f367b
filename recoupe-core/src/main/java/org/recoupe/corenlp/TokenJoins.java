package org.recoupe.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.recoupe.document.Span;
import org.recoupe.document.Token;

/**
 * Rejoins number tokens that CoreNLP's French tokenizer splits although they are written as one
 * word: ordinals ("3ème", "1re", "XXe" is already whole) and decimals after a thousands separator
 * ("1 234,56"). Only tokens that touch (no character between them) are joined.
 */
final class TokenJoins {
  private static final Set<String> ORDINAL_SUFFIXES = Set.of(
      "e", "è", "es", "ème", "èmes", "eme", "emes", "ième", "ièmes", "ieme", "iemes",
      "er", "ers", "re", "res", "ère", "ères", "ere", "eres", "nd", "nds", "nde", "ndes");
  private static final Pattern INTEGER = Pattern.compile("\\d+");
  private static final Pattern SPACED_INTEGER = Pattern.compile("\\d{1,3}(?:\\p{Zs}\\d{3})+");
  private static final Pattern DECIMAL_PART = Pattern.compile(",\\d+");

  private TokenJoins() {}

  /** The tokens of one sentence with split ordinals and decimals joined. */
  static List<Token> join(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      Token previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && previous.span().end() == token.span().start() && belongTogether(previous, token)) {
        out.set(out.size() - 1, new Token(
            new Span(previous.span().start(), token.span().end()), previous.text() + token.text()));
      } else {
        out.add(token);
      }
    }
    return out;
  }

  private static boolean belongTogether(Token number, Token next) {
    String n = number.text();
    String t = next.text();
    return INTEGER.matcher(n).matches() && ORDINAL_SUFFIXES.contains(t.toLowerCase(Locale.ROOT))
        || SPACED_INTEGER.matcher(n).matches() && DECIMAL_PART.matcher(t).matches();
  }
}
