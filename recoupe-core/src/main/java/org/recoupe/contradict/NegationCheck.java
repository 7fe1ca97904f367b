package org.recoupe.contradict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recoupe.document.Span;

/**
 * A word negated on one side that the other side asserts: "Moscou n'a pas reconnu" against
 * "Moscou a reconnu". A word that the negating side also asserts elsewhere, or that both sides
 * negate, is no conflict.
 */
public final class NegationCheck extends DirectedCheck {

  @Override
  List<Conflict> oneWay(Pair pair) {
    Analysis neg = pair.left();
    Analysis other = pair.right();
    List<Conflict> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Word w : neg.words()) {
      if (!neg.negated(w) || !Lexicon.content(w) || !done.add(w.stem())) {
        continue;
      }
      if (assertedOn(neg, w.stem()) != null || negatedOn(other, w.stem())) {
        continue;
      }
      Word asserted = assertedOn(other, w.stem());
      if (asserted != null) {
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
