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
 * number: groups of thousands separated by one space ("140 000", "1 234,56"; the tokenizer keeps
 * only some of them whole) and ordinals ("3ème", "1re"; "XXe" and "1er" are already whole).
 */
final class TokenJoins {
  private static final Set<String> ORDINAL_SUFFIXES = Set.of(
      "e", "è", "es", "ème", "èmes", "eme", "emes", "ième", "ièmes", "ieme", "iemes",
      "er", "ers", "re", "res", "ère", "ères", "ere", "eres", "nd", "nds", "nde", "ndes");
  private static final Pattern INTEGER = Pattern.compile("\\d+");
  private static final Pattern GROUPED_INTEGER = Pattern.compile("[-+−]?\\d{1,3}(?:\\p{Zs}\\d{3})*");
  private static final Pattern THOUSANDS_GROUP = Pattern.compile("\\d{3}(?:,\\d+)?");
  private static final Pattern DECIMAL_PART = Pattern.compile(",\\d+");

  private TokenJoins() {}

  /** The tokens of one sentence of {@code text} with split numbers and ordinals joined. */
  static List<Token> join(List<Token> tokens, String text) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      Token previous = out.isEmpty() ? null : out.get(out.size() - 1);
      String gap = previous == null ? null : text.substring(previous.span().end(), token.span().start());
      if (previous != null && belongTogether(previous.text(), gap, token.text())) {
        out.set(out.size() - 1, new Token(
            new Span(previous.span().start(), token.span().end()), previous.text() + gap + token.text()));
      } else {
        out.add(token);
      }
    }
    return out;
  }

  private static boolean belongTogether(String number, String gap, String next) {
    if (gap.isEmpty()) {
      return INTEGER.matcher(number).matches() && ORDINAL_SUFFIXES.contains(next.toLowerCase(Locale.ROOT))
          || GROUPED_INTEGER.matcher(number).matches() && DECIMAL_PART.matcher(next).matches();
    }
    return gap.length() == 1 && Character.getType(gap.charAt(0)) == Character.SPACE_SEPARATOR
        && GROUPED_INTEGER.matcher(number).matches() && THOUSANDS_GROUP.matcher(next).matches();
  }
}
