package org.recoupe.claims;

import java.util.List;
import java.util.Locale;
import org.recoupe.document.Span;
import org.recoupe.document.Token;
import org.recoupe.entities.EntityType;
import org.recoupe.entities.LinkedMention;
import org.recoupe.entities.LocalEntities;
import org.recoupe.quotes.Quote;
import org.recoupe.text.Terms;
import org.recoupe.time.TimeExpression;

/**
 * One sentence as the claim rules read it: its tokens in lower case (accents kept) and folded, and
 * for each token the entity mention, quotation and time expression it belongs to.
 */
final class View {
  private final String text;
  private final List<Token> tokens;
  private final boolean english;
  private final String[] lower;
  private final String[] folded;
  private final int[] mention;
  private final boolean[] quoted;
  private final int[] timex;
  private final LocalEntities entities;
  private final List<TimeExpression> timexes;

  /**
   * Reads the sentence made of {@code tokens} of the article {@code text}; {@code timexes} and
   * {@code quotes} may be the whole article's.
   */
  View(String text, List<Token> tokens, boolean english, LocalEntities entities, List<TimeExpression> timexes,
      List<Quote> quotes) {
    this.text = text;
    this.tokens = tokens;
    this.english = english;
    this.entities = entities;
    this.timexes = timexes;
    int n = tokens.size();
    lower = new String[n];
    folded = new String[n];
    mention = new int[n];
    quoted = new boolean[n];
    timex = new int[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      String w = t.span().of(text);
      lower[i] = w.toLowerCase(Locale.ROOT).replace('’', '\'');
      folded[i] = Terms.fold(w);
      mention[i] = outermost(t.span());
      timex[i] = -1;
      for (int k = 0; k < timexes.size(); k++) {
        if (timexes.get(k).span().overlaps(t.span())) {
          timex[i] = k;
          break;
        }
      }
      for (Quote q : quotes) {
        quoted[i] |= q.content().overlaps(t.span());
      }
    }
  }

  private int outermost(Span s) {
    int best = -1;
    List<LinkedMention> ms = entities.mentions();
    for (int k = 0; k < ms.size(); k++) {
      Span m = ms.get(k).mention().span();
      if (m.overlaps(s) && (best < 0 || m.length() > ms.get(best).mention().span().length())) {
        best = k;
      }
    }
    return best;
  }

  int size() {
    return tokens.size();
  }

  boolean english() {
    return english;
  }

  /** The token as written. */
  String text(int i) {
    return tokens.get(i).span().of(text);
  }

  /** Lower case, accents kept, straight apostrophe. */
  String lower(int i) {
    return lower[i];
  }

  /** Lower case, no accents. */
  String folded(int i) {
    return folded[i];
  }

  Span span(int i) {
    return tokens.get(i).span();
  }

  /** The span of tokens {@code from} (inclusive) to {@code to} (exclusive). */
  Span span(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }

  /** The article's text from token {@code from} to token {@code to} (exclusive). */
  String text(int from, int to) {
    return span(from, to).of(text);
  }

  /** The local entity of the outermost mention covering token {@code i}, or -1. */
  int entity(int i) {
    return mention[i] < 0 ? -1 : entities.mentions().get(mention[i]).entity();
  }

  /** The type of the entity of token {@code i}, or null. */
  EntityType type(int i) {
    return mention[i] < 0 ? null : entities.entities().get(entity(i)).type();
  }

  /** The name of local entity {@code id}. */
  String name(int id) {
    return entities.entities().get(id).name();
  }

  boolean quoted(int i) {
    return quoted[i];
  }

  /** The time expression token {@code i} belongs to, or null. */
  TimeExpression timex(int i) {
    return timex[i] < 0 ? null : timexes.get(timex[i]);
  }

  /** Whether the token is punctuation. */
  boolean punct(int i) {
    String w = lower[i];
    return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0));
  }

  /** Whether the token is one of {@code words} (lower case, accents kept). */
  boolean is(int i, String... words) {
    for (String w : words) {
      if (lower[i].equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** The article's cleaned text. */
  String article() {
    return text;
  }
}
