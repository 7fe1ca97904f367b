package org.recoupe.contradict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recoupe.document.Span;

/**
 * A word negated on one side that the other side asserts: "Moscou n'a pas reconnu" against
 * "Moscou a reconnu", "il n'y a pas de traces d'explosion" against "des traces d'explosion". A
 * word that the negating side also asserts elsewhere, or that the other side negates too, is no
 * conflict. {@link #strict()} keeps only the negated predicate's head in the same context.
 */
public final class NegationCheck extends DirectedCheck {
  private static final int WINDOW = 5;

  private final boolean strict;

  /** The standard check: any word of the negated clause that the other side asserts. */
  public NegationCheck() {
    this(false);
  }

  private NegationCheck(boolean strict) {
    this.strict = strict;
  }

  /**
   * The strict check: only the head of the negated predicate, and only when both occurrences
   * share a content word within five words (the same subject or object). Fewer false alarms,
   * fewer contradictions found.
   */
  public static NegationCheck strict() {
    return new NegationCheck(true);
  }

  @Override
  List<Conflict> oneWay(Pair pair) {
    Analysis neg = pair.left();
    Analysis other = pair.right();
    List<Conflict> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Word w : neg.words()) {
      boolean trigger = strict ? neg.negatedHead(w) : neg.negated(w);
      if (!trigger || !Lexicon.content(w) || !done.add(w.stem())) {
        continue;
      }
      if (assertedOn(neg, w.stem()) != null || negatedOn(other, w.stem())) {
        continue;
      }
      Word asserted = assertedOn(other, w.stem());
      if (asserted != null && (!strict || pair.near(w.span(), asserted.span(), WINDOW))) {
        Word cue = neg.negator(w);
        Span left = cue.span().start() < w.span().start()
            ? new Span(cue.span().start(), w.span().end()) : new Span(w.span().start(), cue.span().end());
        out.add(Conflict.of(ConflictType.NEGATION, pair, left, asserted.span()));
      }
    }
    return out;
  }

  /** A word of {@code a} with this stem that is not negated, or null. */
  private static Word assertedOn(Analysis a, String stem) {
    for (Word w : a.words()) {
      if (w.stem().equals(stem) && Lexicon.content(w) && !a.negated(w)) {
        return w;
      }
    }
    return null;
  }

  private static boolean negatedOn(Analysis a, String stem) {
    for (Word w : a.words()) {
      if (w.stem().equals(stem) && a.negated(w)) {
        return true;
      }
    }
    return false;
  }
}
