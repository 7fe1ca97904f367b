package org.recoupe.entities;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells mentions that are no actors of the story: names in photo credits ("[Gavriil
 * Grigorov/Sputnik, Pool via AFP]", "Photo : Jane Doe / Reuters", "(Photo AFP)") and the article's
 * own bylines ({@link org.recoupe.document.Metadata#authors()}). They stay metadata.
 */
final class Credits {
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "^\\s*(?:(?:photos?|cr[ée]dits?(?: photos?)?|credits?|images?|pictures?|illustration)\\s*:|©|\\(c\\)"
          + "|photo(?:graph)? by|photo (?:de|d['’])).*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CREDIT_INSIDE = Pattern.compile(
      ".*(?:/|©|\\bvia\\b|\\b[Pp]hoto|\\b[Cc]r[ée]dit|\\b[Pp]ool\\b|\\bGetty\\b).*");
  private static final int MAX_BRACKET = 160;

  private final List<List<String>> authors;

  /** A test against the given byline authors. */
  Credits(List<String> authors) {
    this.authors = authors.stream().map(NameKeys::words).filter(w -> !w.isEmpty()).toList();
  }

  /** Whether the mention at {@code [start, end)} of {@code text} is a credit or a byline. */
  boolean isCredit(String text, int start, int end) {
    return isByline(text.substring(start, end)) || inCreditBrackets(text, start, end) || onCreditLine(text, start);
  }

  /** Whether the name is an author's name or part of one ("Jérôme Nelra", "Nelra"). */
  private boolean isByline(String name) {
    List<String> words = NameKeys.words(name);
    if (words.isEmpty()) {
      return false;
    }
    for (List<String> author : authors) {
      if (author.equals(words) || words.size() == 1 && author.size() > 1 && author.get(author.size() - 1)
          .equals(words.get(0))) {
        return true;
      }
    }
    return false;
  }

  /** Inside "[...]" or "(...)" on one line whose content reads like a credit. */
  private static boolean inCreditBrackets(String text, int start, int end) {
    int open = -1;
    for (int i = start - 1; i >= 0 && start - i <= MAX_BRACKET; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == ']' || c == ')') {
        break;
      }
      if (c == '[' || c == '(') {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return false;
    }
    char closing = text.charAt(open) == '[' ? ']' : ')';
    int close = -1;
    for (int i = end; i < text.length() && i - open <= MAX_BRACKET; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        break;
      }
      if (c == closing) {
        close = i;
        break;
      }
    }
    return close > 0 && CREDIT_INSIDE.matcher(text.substring(open + 1, close)).matches();
  }

  /** On a line that starts like a credit ("Photo : ...", "Crédit : ...", "© ..."). */
  private static boolean onCreditLine(String text, int start) {
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    String before = text.substring(lineStart, start);
    return before.length() <= 40 && CREDIT_LINE.matcher(before).matches();
  }
}
