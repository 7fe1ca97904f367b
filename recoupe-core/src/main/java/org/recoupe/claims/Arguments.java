package org.recoupe.claims;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.entities.EntityType;

/**
 * Reads the participants of a claim from its clause: the subject (with pronouns, "ce dernier" and
 * "les deux dirigeants" resolved), the object after the verb, the agent of a passive, and the
 * place ("à Pyongyang", "en Corée du Nord", "in Pyongyang").
 */
final class Arguments {
  private Arguments() {}

  private static final int MAX_OBJECT = 14;
  /** Nouns of events and situations whose "en"/"in" + place is their own ("la guerre en Ukraine"). */
  private static final java.util.Set<String> SITUATIONS = java.util.Set.of(
      "guerre", "conflit", "crise", "situation", "offensive", "invasion", "operation", "elections", "election",
      "attaque", "attaques", "combats", "tensions", "paix", "presence", "war", "conflict", "crisis",
      "fighting", "peace");

  /** The first token of the subject in [from, to): after any introductory phrase ("Mercredi,", "Selon eux,"). */
  static int subjectStart(View v, int from, int to, Layout l) {
    int i = from;
    while (i < to) {
      int segEnd = i;
      while (segEnd < to && !v.is(segEnd, ",")) {
        segEnd++;
      }
      int first = i;
      if (first < segEnd && !l.inOtherClause(first) && canStartSubject(v, first)) {
        return first;
      }
      i = segEnd + 1;
    }
    return to;
  }

  /** The subject of the clause: words from its start to the verb, and the entities they name. */
  static Argument subject(View v, Layout l, Antecedents ctx) {
    int to = l.sharedSubject() >= 0 ? l.groups().get(l.sharedSubject()).first() : l.verb().first();
    int start = subjectStart(v, l.start(), to, l);
    int end = to;
    while (end > start && (v.is(end - 1, ",") || v.punct(end - 1) && !v.is(end - 1, "»", "\"")
        || v.english() && v.lower(end - 1).endsWith("ly") && v.entity(end - 1) < 0)) {
      end--;
    }
    if (start >= end) {
      return null;
    }
    List<int[]> segments = segments(v, start, end, l);
    int coreEnd = segments.size() == 1 || segments.subList(1, segments.size()).stream().allMatch(g -> aside(v, g[0]))
        ? segments.get(0)[1] : end;
    Argument resolved = collective(v, start, coreEnd, ctx);
    if (resolved != null) {
      return new Argument(v.text(start, end), v.span(start, end), resolved.entities(), resolved.names());
    }
    List<Integer> ids = new ArrayList<>();
    for (int s = 0; s < segments.size(); s++) {
      int[] g = segments.get(s);
      boolean coordinated = Grammar.COORDINATORS.contains(v.lower(g[0]));
      boolean name = v.entity(g[0]) >= 0 && runEnd(v, g[0]) >= g[1];
      if (s > 0 && (aside(v, g[0]) || !coordinated && !name)) {
        continue;
      }
      for (int i = g[0]; i < g[1]; i++) {
        if (!l.inOtherClause(i)) {
          addRun(v, i, g[0], ids);
        }
      }
    }
    int textEnd = end;
    for (int[] r : l.subordinate()) {
      if (r[0] > start && r[0] < textEnd && r[1] >= end - 1) {
        textEnd = r[0];
      }
    }
    while (textEnd > start + 1 && v.is(textEnd - 1, ",")) {
      textEnd--;
    }
    return argument(v, start, textEnd, ids);
  }

  /** The comma-separated pieces of [from, to), as [start, end) pairs. */
  private static List<int[]> segments(View v, int from, int to, Layout l) {
    List<int[]> out = new ArrayList<>();
    int s = from;
    for (int i = from; i <= to; i++) {
      if (i == to || v.is(i, ",") && !l.inOtherClause(i)) {
        if (i > s) {
          out.add(new int[] {s, i});
        }
        s = i + 1;
      }
    }
    return out.isEmpty() ? List.of(new int[] {from, to}) : out;
  }

  private static int runEnd(View v, int i) {
    int e = v.entity(i);
    int j = i;
    while (j < v.size() && v.entity(j) == e) {
      j++;
    }
    return j;
  }

  /** "il", "ce dernier", "les deux dirigeants", "ils": the entities they stand for. */
  private static Argument collective(View v, int start, int end, Antecedents ctx) {
    int n = end - start;
    String first = v.lower(start);
    List<Integer> ids = null;
    if (n == 1 && Grammar.PERSON_PRONOUNS.contains(first)) {
      ids = ctx.person() < 0 ? List.of() : List.of(ctx.person());
    } else if (n == 1 && Grammar.PLURAL_PRONOUNS.contains(first)) {
      ids = ctx.group();
      if (ids.isEmpty() && ctx.groupText() != null) {
        return Argument.of(v.text(start, end), v.span(start, end));
      }
    } else if (n == 2 && (first.equals("ce") || first.equals("cette")) && Grammar.LATTER.contains(v.lower(start + 1))
        || n == 1 && Grammar.LATTER.contains(first) || n == 2 && first.equals("the") && v.is(start + 1, "latter")) {
      int p = ctx.lastPersonBefore(v.span(start).start());
      ids = p < 0 || start > 0 ? List.of() : List.of(p);
    } else if (n >= 3 && (v.is(start, "les", "ces", "the", "both")) && v.is(start + 1, "deux", "two")) {
      if (Grammar.TWO_PEOPLE.contains(v.lower(start + 2))) {
        ids = ctx.twoPeople();
      } else if (Grammar.TWO_COUNTRIES.contains(v.lower(start + 2))) {
        ids = ctx.twoCountries();
      }
    }
    return ids == null ? null : argument(v, start, end, ids);
  }

  /** The object: the noun phrase after the verb (past adverbs, dates and an indirect "à X"). */
  static Argument object(View v, Layout l) {
    int i = l.verb().last() + 1;
    int end = l.end();
    while (i < end) {
      if (v.is(i, ",")) {
        i++;
        while (i < end && !strictObjectStart(v, i)) {
          while (i < end && !v.is(i, ",")) {
            i++;
          }
          i = Math.min(end, i + 1);
        }
      } else if (v.timex(i) != null || Grammar.ADVERBS.contains(v.lower(i)) || v.lower(i).startsWith("-")) {
        i++;
      } else if (adverbialPhrase(v, i) > 0) {
        i += adverbialPhrase(v, i);
      } else {
        break;
      }
    }
    if (i < end && !v.english() && v.is(i, "à", "au", "aux") && i + 1 < end && (v.entity(i + 1) >= 0
        || i + 2 < end && Grammar.DETERMINERS.contains(v.lower(i + 1)) && v.entity(i + 2) >= 0)) {
      int j = i + 1;
      if (Grammar.DETERMINERS.contains(v.lower(j))) {
        j++;
      }
      int e = v.entity(j);
      while (j < end && v.entity(j) == e) {
        j++;
      }
      i = j;
    }
    if (i >= end || !canStartObject(v, i)) {
      return null;
    }
    return phrase(v, i, end, l);
  }

  /** Adverbial phrases that may come between the verb and its object ("à plusieurs reprises"). */
  private static final java.util.List<String[]> ADVERBIAL = java.util.stream.Stream.of(
      "à plusieurs reprises", "à nouveau", "de nouveau", "en outre", "à son tour", "à leur tour", "de près",
      "en retour", "en effet", "pour la première fois", "for the first time", "once again")
      .map(p -> p.split(" ")).toList();

  private static int adverbialPhrase(View v, int i) {
    for (String[] w : ADVERBIAL) {
      boolean match = i + w.length <= v.size();
      for (int k = 0; match && k < w.length; k++) {
        match = v.lower(i + k).equals(w[k]);
      }
      if (match) {
        return w.length;
      }
    }
    return 0;
  }

  /** After a comma, only a determiner, a number, a name or a quotation mark starts the object. */
  private static boolean strictObjectStart(View v, int i) {
    return Grammar.DETERMINERS.contains(v.lower(i)) || v.entity(i) >= 0 || v.is(i, "«", "\"")
        || Character.isDigit(v.text(i).charAt(0));
  }

  /** The agent of a passive verb: the phrase after "par" or "by", with a name in apposition after it. */
  static Argument agent(View v, Layout l) {
    for (int i = l.verb().last() + 1; i < l.end() - 1; i++) {
      if (v.is(i, "par", "by")) {
        Argument a = phrase(v, i + 1, l.end(), l);
        int next = a == null ? -1 : tokenAfter(v, a);
        if (next > 0 && next + 1 < v.size() && v.is(next, ",") && v.entity(next + 1) >= 0) {
          int end = runEnd(v, next + 1);
          if (end >= l.end() || v.punct(end)) {
            List<Integer> ids = new ArrayList<>(a.entities());
            if (!ids.contains(v.entity(next + 1))) {
              ids.add(v.entity(next + 1));
            }
            return argument(v, i + 1, end, ids);
          }
        }
        return a;
      }
    }
    return null;
  }

  private static int tokenAfter(View v, Argument a) {
    for (int k = 0; k < v.size(); k++) {
      if (v.span(k).start() >= a.span().end()) {
        return k;
      }
    }
    return -1;
  }

  /** A noun phrase from {@code i}: nouns, adjectives, "de"/"of" complements and coordinated phrases. */
  static Argument phrase(View v, int i, int limit, Layout l) {
    int j = i;
    while (j < limit && j - i < MAX_OBJECT && !stops(v, j, i, l)) {
      j++;
    }
    while (j > i && (v.punct(j - 1) && !v.is(j - 1, "»", "\"", "%") || Grammar.COORDINATORS.contains(v.lower(j - 1)))) {
      j--;
    }
    if (j <= i) {
      return null;
    }
    List<Integer> ids = new ArrayList<>();
    for (int k = i; k < j; k++) {
      addRun(v, k, i, ids);
    }
    return argument(v, i, j, ids);
  }

  /** The place: a place name after "à", "en", "dans", "in", "at" in the claim's clause, outside its subject. */
  static Argument where(View v, Layout l, int subjectStart, Argument object) {
    for (int i = l.start(); i < l.end(); i++) {
      if (i >= subjectStart && i < l.verb().first() || l.inOtherClause(i) || v.entity(i) < 0
          || v.type(i) != EntityType.LOC || i > 0 && v.entity(i - 1) == v.entity(i)) {
        continue;
      }
      boolean afterObject = object != null && i > 1 && v.span(i - 2).end() == object.span().end()
          && !SITUATIONS.contains(v.folded(i - 2));
      if (i > 0 && locative(v, i - 1, i) && !(v.is(i - 1, "en", "in") && i > 1 && nounBefore(v, i - 2, l) && !afterObject)) {
        int j = i;
        while (j < v.size() && v.entity(j) == v.entity(i)) {
          j++;
        }
        return argument(v, i, j, List.of(v.entity(i)));
      }
    }
    return null;
  }

  /** The place a verb of going names as its object ("visiter la Chine", "visit China"), or null. */
  static Argument placeObject(View v, Argument object) {
    if (object == null) {
      return null;
    }
    for (int i = 0; i < v.size(); i++) {
      if (object.span().contains(v.span(i)) && v.entity(i) >= 0 && v.type(i) == EntityType.LOC) {
        return argument(v, i, runEnd(v, i), List.of(v.entity(i)));
      }
    }
    return null;
  }

  /** Whether token {@code i} ends a noun phrase (not the verb, a comma, a date or the clause's start). */
  private static boolean nounBefore(View v, int i, Layout l) {
    if (i < l.start() || v.punct(i) || v.timex(i) != null || v.entity(i) >= 0) {
      return false;
    }
    for (VerbGroup g : l.groups()) {
      if (i >= g.first() && i <= g.last()) {
        return false;
      }
    }
    return !Grammar.ADVERBS.contains(v.lower(i)) && Character.isLetter(v.text(i).charAt(0));
  }

  private static boolean locative(View v, int p, int at) {
    if (v.is(p, "à", "en", "dans", "au", "aux", "in", "at", "near", "inside")) {
      return !v.is(p, "à") || !Grammar.DETERMINERS.contains(v.lower(at - 1));
    }
    return p > 0 && v.is(p, "the") && v.is(p - 1, "in", "at");
  }

  private static boolean stops(View v, int j, int start, Layout l) {
    String w = v.lower(j);
    if (j > start && (v.is(j, ",", ".", ";", ":", "(", ")", "?", "!", "selon") || Grammar.SUBORDINATORS.contains(w))) {
      return true;
    }
    for (VerbGroup g : l.groups()) {
      if (j >= g.first() && j <= g.last() && j > start) {
        return true;
      }
    }
    if (Grammar.PREPOSITIONS.contains(w) && !v.is(j, "de", "d'", "du", "des", "of") && j > start) {
      return true;
    }
    if (v.is(j, "de", "d'") && j + 1 < v.size() && isInfinitive(v, j + 1)) {
      return true;
    }
    if (Grammar.COORDINATORS.contains(w) && j + 1 < v.size()) {
      for (VerbGroup g : l.groups()) {
        if (g.first() > j && g.first() <= j + 2) {
          return true;
        }
      }
    }
    return j > start && v.timex(j) != null && v.timex(j - 1) == null && !v.is(j - 1, "de", "d'", "of");
  }

  private static boolean isInfinitive(View v, int i) {
    VerbForm f = v.english() ? EnglishVerbs.lookup(v.lower(i)) : FrenchVerbs.lookup(v.lower(i));
    return f != null && f.kind() == VerbForm.Kind.INFINITIVE;
  }

  /**
   * Adds the entity of the mention run at {@code i} unless a preposition governs it ("du
   * président", "entre la Russie et la Corée du Nord").
   */
  private static void addRun(View v, int i, int segmentStart, List<Integer> ids) {
    int e = v.entity(i);
    if (e < 0 || i > segmentStart && v.entity(i - 1) == e) {
      return;
    }
    if (!governed(v, i, segmentStart) && !ids.contains(e)) {
      ids.add(e);
    }
  }

  private static boolean governed(View v, int i, int segmentStart) {
    int p = i - 1;
    while (p > segmentStart && Grammar.DETERMINERS.contains(v.lower(p)) && !v.is(p, "des", "du")) {
      p--;
    }
    if (p >= segmentStart && Grammar.COORDINATORS.contains(v.lower(p))) {
      int q = p - 1;
      while (q >= segmentStart && v.entity(q) < 0 && !v.punct(q) && q > p - 4) {
        q--;
      }
      if (q >= segmentStart && v.entity(q) >= 0) {
        int start = q;
        while (start > segmentStart && v.entity(start - 1) == v.entity(q)) {
          start--;
        }
        return governed(v, start, segmentStart);
      }
      return false;
    }
    return p >= segmentStart && Grammar.PREPOSITIONS.contains(v.lower(p)) && !(v.is(p, "des") && p == segmentStart);
  }

  private static boolean canStartSubject(View v, int i) {
    String w = v.lower(i);
    if (v.timex(i) != null || Grammar.PREPOSITIONS.contains(w) && !v.is(i, "des", "du") || Grammar.ADVERBS.contains(w)
        || Grammar.SUBORDINATORS.contains(w) || Grammar.INTRO.contains(w)
        || (v.english() ? EnglishVerbs.lookup(w) != null && EnglishVerbs.lookup(w).kind() == VerbForm.Kind.GERUND
        : Circumstances.GERUND_FR.matcher(w).matches() && v.entity(i) < 0)) {
      return false;
    }
    return v.entity(i) >= 0 || Grammar.DETERMINERS.contains(w) || Grammar.PERSON_PRONOUNS.contains(w)
        || Grammar.PLURAL_PRONOUNS.contains(w) || Grammar.TITLES.contains(w) || v.is(i, "on", "ce", "cela", "ceci",
        "tous", "both", "it", "we", "nous", "«", "\"") || Character.isUpperCase(v.text(i).charAt(0))
        || Character.isDigit(v.text(i).charAt(0));
  }

  private static boolean canStartObject(View v, int i) {
    String w = v.lower(i);
    if (Grammar.PREPOSITIONS.contains(w) && !v.is(i, "des", "du", "de", "d'") || Grammar.SUBORDINATORS.contains(w)
        || v.punct(i) && !v.is(i, "«", "\"")) {
      return false;
    }
    return !(v.is(i, "de", "d'") && i + 1 < v.size() && isInfinitive(v, i + 1));
  }

  /** Whether a comma-separated piece of the subject is an aside: "arrivé dans la nuit", "en Corée du Nord". */
  private static boolean aside(View v, int i) {
    String w = v.lower(i);
    return Grammar.PREPOSITIONS.contains(w) && !v.is(i, "des", "du") || Grammar.ADVERBS.contains(w)
        || v.timex(i) != null || (v.english() ? EnglishVerbs.participle(w) != null : VerbGroups.participleFr(w) != null)
        && v.entity(i) < 0;
  }

  private static Argument argument(View v, int from, int to, List<Integer> ids) {
    List<String> names = ids.stream().map(v::name).toList();
    return new Argument(v.text(from, to), v.span(from, to), ids, names);
  }
}
