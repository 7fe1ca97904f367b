package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoupe.document.Span;

/**
 * A word or punctuation mark of the text around a quotation, as attribution sees it; a whole
 * quotation counts as one word of kind {@link #QUOTE}. {@code verb} says, once for all, whether the
 * word is a reporting verb form ({@link ReportingLexicon#isVerb}); after "se" only a listed reflexive
 * form reports ("se félicite" does, "se poursuit" does not).
 */
record Word(String text, String folded, Span span, int kind, boolean verb) {
  static final int WORD = 0;
  static final int PUNCT = 1;
  static final int QUOTE = 2;

  private static final Pattern TOKEN =
      Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:[-'’][\\p{L}\\p{N}]+)*['’]?|\\p{N}+(?:[.,]\\p{N}+)*|\\S",
          Pattern.UNICODE_CHARACTER_CLASS);

  boolean isWord() {
    return kind == WORD;
  }

  boolean is(String foldedWord) {
    return folded.equals(foldedWord);
  }

  /** The words of {@code text[from, to)}, each quotation in {@code quotes} as one word. */
  static List<Word> of(String text, int from, int to, List<Span> quotes) {
    List<Word> out = new ArrayList<>();
    int pos = from;
    for (Span q : quotes) {
      if (q.end() <= from || q.start() >= to) {
        continue;
      }
      scan(text, pos, Math.max(pos, q.start()), out);
      out.add(new Word(q.of(text), "«q»", q, QUOTE, false));
      pos = q.end();
    }
    scan(text, pos, to, out);
    return out;
  }

  /** "assure-telle", "dit-til": the inverted clitic as commonly mistyped, read as "-t-elle", "-t-il". */
  private static String typedClitic(String folded) {
    if (folded.endsWith("-telle")) {
      return folded.substring(0, folded.length() - 5) + "t-elle";
    }
    if (folded.endsWith("-til") && folded.length() > 5) {
      return folded.substring(0, folded.length() - 3) + "t-il";
    }
    return folded;
  }

  private static void scan(String text, int from, int to, List<Word> out) {
    if (from >= to) {
      return;
    }
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      String w = m.group();
      boolean letter = Character.isLetterOrDigit(w.charAt(0));
      String folded = typedClitic(ReportingLexicon.fold(w));
      boolean reflexive = !out.isEmpty() && out.get(out.size() - 1).is("se");
      boolean verb = letter && (reflexive ? ReportingLexicon.isVerb("se " + folded) : ReportingLexicon.isVerb(folded));
      out.add(new Word(w, folded, new Span(m.start(), m.end()), letter ? WORD : PUNCT, verb));
    }
  }
}
