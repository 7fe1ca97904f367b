package org.recoupe.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a sentence's clauses are laid out around its claim: which verb group is the claim's
 * predicate, which one frames it as reported speech ("X a affirmé que ..."), where the predicate's
 * clause starts and ends, and which token ranges belong to other clauses.
 *
 * @param groups every verb group of the sentence
 * @param predicate the index (in {@code groups}) of the claim's predicate
 * @param frame the index of the reporting group whose complement the predicate is, or -1
 * @param inverted the index of a trailing reporting group ("..., ont rapporté les agences"), or -1
 * @param start the first token of the predicate's clause (after "que" for a complement)
 * @param end the token after the predicate's clause
 * @param subordinate token ranges [from, to) of clauses inside the predicate's clause that are not it
 * @param sharedSubject the group whose subject the predicate's clause shares ("a remercié Kim et a
 *     déclaré"), or -1
 */
record Layout(List<VerbGroup> groups, int predicate, int frame, int inverted, int start, int end,
    List<int[]> subordinate, int sharedSubject) {

  /** The predicate's verb group. */
  VerbGroup verb() {
    return groups.get(predicate);
  }

  /** Whether token {@code i} lies in a clause other than the predicate's. */
  boolean inOtherClause(int i) {
    for (int[] r : subordinate) {
      if (i >= r[0] && i < r[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The layouts of the claims of {@code v}: one per main clause ("X a signé ... et Y a promis ...",
   * "X a remercié Y et a déclaré que ..."), in order; empty when no verb group can carry a claim.
   */
  static List<Layout> all(View v) {
    List<VerbGroup> groups = withInfinitives(v, VerbGroups.of(v));
    int n = groups.size();
    int[] opener = new int[n];
    boolean[] complement = new boolean[n];
    boolean[] shared = new boolean[n];
    int[] level = new int[n];
    boolean[] inverted = new boolean[n];
    for (int k = 0; k < n; k++) {
      VerbGroup g = groups.get(k);
      int bound = k == 0 ? 0 : groups.get(k - 1).last() + 1;
      opener[k] = opener(v, bound, g.first());
      complement[k] = opener[k] >= 0 && k > 0 && Predicates.reporting(groups.get(k - 1).lemma())
          && (v.is(opener[k], "que", "qu'", "that") && !relative(v, bound, opener[k])
          || v.english() && noComma(v, bound, g.first()))
          || opener[k] < 0 && k > 0 && v.english() && Predicates.reporting(groups.get(k - 1).lemma())
          && noComma(v, bound, g.first()) && bound < g.first();
      complement[k] |= k > 0 && !v.english() && Predicates.reporting(groups.get(k - 1).lemma()) && opener[k] < 0
          && FrenchVerbs.lookup(v.lower(g.first())) != null
          && FrenchVerbs.lookup(v.lower(g.first())).kind() == VerbForm.Kind.INFINITIVE;
      shared[k] = opener[k] < 0 && k > 0 && coordinatorBefore(v, g.first(), bound);
      inverted[k] = k > 0 && opener[k] < 0 && Predicates.reporting(g.lemma()) && trailing(v, g, bound);
      boolean separated = k == 0 || shared[k] || clauseStart(v, bound, g.first()) < g.first();
      level[k] = opener[k] >= 0 || complement[k] || !separated ? 1 : shared[k] ? level[k - 1] : 0;
    }
    List<Layout> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      VerbGroup g = groups.get(k);
      if (level[k] == 0 && !inverted[k] && g.finite() && !v.quoted(g.head())) {
        int start = k == 0 || out.isEmpty() ? 0 : clauseStart(v, groups.get(k - 1).last() + 1, g.first()) + 1;
        out.add(layout(v, groups, k, start, opener, complement, shared, level, inverted));
      }
    }
    return out;
  }

  private static Layout layout(View v, List<VerbGroup> groups, int clause, int clauseStart, int[] opener,
      boolean[] complement, boolean[] shared, int[] level, boolean[] inverted) {
    int n = groups.size();
    int predicate = clause;
    int frame = -1;
    if (Predicates.reporting(groups.get(clause).lemma()) && clause + 1 < n && complement[clause + 1]
        && !v.quoted(groups.get(clause + 1).first())) {
      frame = clause;
      predicate = clause + 1;
    }
    int start = frame >= 0 ? Math.max(opener[predicate] + 1, groups.get(frame).last() + 1) : clauseStart;
    int end = v.size();
    int trailing = -1;
    for (int k = predicate + 1; k < n; k++) {
      VerbGroup g = groups.get(k);
      if (inverted[k]) {
        trailing = trailing < 0 ? k : trailing;
        end = Math.min(end, commaBefore(v, g.first()));
      } else if (opener[k] >= 0 && !shared[k]) {
        end = Math.min(end, opener[k]);
      } else if (!shared[k] || k != predicate + 1) {
        end = Math.min(end, clauseStart(v, groups.get(k - 1).last() + 1, g.first()));
      } else {
        end = Math.min(end, g.first() - 1);
      }
    }
    end = Math.max(end, groups.get(predicate).last() + 1);
    for (int k = groups.get(predicate).last() + 1; k < end; k++) {
      if (v.is(k, ";", ":", "(")) {
        end = k;
        break;
      }
    }
    List<int[]> other = new ArrayList<>();
    for (int k = 0; k < predicate; k++) {
      if (opener[k] >= start && level[k] > 0 && k != frame) {
        other.add(new int[] {opener[k], asideEnd(v, groups.get(k).last() + 1, groups.get(predicate).first())});
      }
    }
    int sharedWith = shared[clause] ? clause - 1 : -1;
    return new Layout(groups, predicate, frame, trailing, start, end, other, sharedWith);
  }

  /** The nearest token in [bound, to) that opens a subordinate clause, or -1. */
  private static int opener(View v, int bound, int to) {
    for (int i = to - 1; i >= bound; i--) {
      String w = v.lower(i);
      if ((w.equals("que") || w.equals("qu'")) && i > 0 && Grammar.BEFORE_QUE.contains(v.lower(i - 1))) {
        return i - 1;
      }
      if (Grammar.SUBORDINATORS.contains(w) && !(w.equals("that") && i == 0) && !v.quoted(i)) {
        return i;
      }
    }
    return -1;
  }

  /** "..., des mesures que": a "que" after a noun phrase set off by a comma starts a relative clause. */
  private static boolean relative(View v, int from, int que) {
    int c = -1;
    for (int i = from; i < que; i++) {
      if (v.is(i, ",")) {
        c = i;
      }
    }
    return c >= 0 && c + 1 < que && Grammar.DETERMINERS.contains(v.lower(c + 1));
  }

  /**
   * Adds, after a reporting verb followed by an infinitive ("a dit vouloir revoir", "affirme avoir
   * livré"), a group for what the infinitive says: the claim its subject reports about itself.
   */
  private static List<VerbGroup> withInfinitives(View v, List<VerbGroup> found) {
    List<VerbGroup> out = new ArrayList<>(found);
    for (int k = found.size() - 1; k >= 0; k--) {
      VerbGroup g = found.get(k);
      int j = g.last() + 1;
      while (j < v.size() && Grammar.ADVERBS.contains(v.lower(j))) {
        j++;
      }
      VerbForm inf = j < v.size() && !v.english() && Predicates.reporting(g.lemma()) ? FrenchVerbs.lookup(v.lower(j)) : null;
      if (inf == null || inf.kind() != VerbForm.Kind.INFINITIVE || k + 1 < found.size() && found.get(k + 1).first() <= j) {
        continue;
      }
      int head = j;
      String lemma = inf.lemma();
      Predicate.Tense tense = Predicate.Tense.PAST;
      VerbForm next = j + 1 < v.size() ? FrenchVerbs.lookup(v.lower(j + 1)) : null;
      String participle = j + 1 < v.size() ? VerbGroups.participleFr(v.lower(j + 1)) : null;
      if (Set.of("vouloir", "pouvoir", "devoir").contains(lemma) && next != null && next.kind() == VerbForm.Kind.INFINITIVE) {
        head = j + 1;
        lemma = next.lemma();
        tense = Predicate.Tense.CONDITIONAL;
      } else if ((lemma.equals("avoir") || lemma.equals("être")) && participle != null) {
        head = j + 1;
        lemma = participle;
      }
      out.add(k + 1, new VerbGroup(j, head, head, lemma, tense, false, false, true));
    }
    return out;
  }

  private static boolean noComma(View v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (v.is(i, ",")) {
        return false;
      }
    }
    return true;
  }

  /** Whether "et", "mais", "and"... stands right before the group (its subject is the previous one's). */
  private static boolean coordinatorBefore(View v, int first, int bound) {
    int i = first - 1;
    while (i >= bound && (Grammar.ADVERBS.contains(v.lower(i)) || v.is(i, ","))) {
      i--;
    }
    return i >= bound && Grammar.COORDINATORS.contains(v.lower(i));
  }

  /**
   * Whether a reporting group stands after a comma at the end of the sentence, its subject after it
   * ("..., ont rapporté les agences", "..., a déclaré Poutine") or just before it ("..., US officials said").
   */
  private static boolean trailing(View v, VerbGroup g, int bound) {
    int c = commaBefore(v, g.first());
    if (c < bound) {
      return false;
    }
    boolean subjectBefore = c + 1 < g.first();
    if (subjectBefore && !v.english()) {
      return false;
    }
    for (int i = g.last() + 1; i < v.size(); i++) {
      if (v.is(i, "que", "qu'", "that") || !subjectBefore && v.is(i, ",") && i == g.last() + 1) {
        return false;
      }
    }
    return true;
  }

  /** The index of the comma right before {@code first} (only a few subject words between), or -1. */
  private static int commaBefore(View v, int first) {
    for (int i = first - 1; i >= 0 && i >= first - (v.english() ? 7 : 4); i--) {
      if (v.is(i, ",")) {
        return i;
      }
    }
    return -1;
  }

  /** Where the subject of a new clause starting before {@code group} begins: after its comma or conjunction. */
  private static int clauseStart(View v, int from, int group) {
    for (int i = group - 1; i >= from; i--) {
      if (v.is(i, ",", ";") || Grammar.COORDINATORS.contains(v.lower(i))) {
        return i;
      }
    }
    return group;
  }

  /** The end of a subordinate clause that precedes the predicate: the next comma, or the predicate. */
  private static int asideEnd(View v, int from, int predicate) {
    for (int i = from; i < predicate; i++) {
      if (v.is(i, ",")) {
        return i + 1;
      }
    }
    return predicate;
  }
}
