package org.recoupe.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recoupe.contradict.QuantityReader;
import org.recoupe.time.TimeExpression;
import org.recoupe.time.TimexType;

/**
 * The circumstances of a claim read from its clause: when (a date or time expression that
 * qualifies the verb, not a noun: "l'accord de 2018" is not a when), how many (numbers with what
 * they count), why (purpose and cause: "pour", "afin de", "en raison de", "après que", "because",
 * "in order to", "in response to", "amid") and how (means and occasion: "par", "en signant", "lors
 * de", "à bord de", "by", "during", "aboard").
 */
final class Circumstances {
  private Circumstances() {}

  private static final int MAX_PHRASE = 14;
  private static final Set<String> NOT_WHEN_AFTER = Set.of(
      "de", "d'", "du", "des", "depuis", "since", "of", "from", "until", "jusqu'", "till", "entre", "between");
  /** "-ant" words: present participles. */
  static final java.util.regex.Pattern GERUND_FR = java.util.regex.Pattern.compile("\\p{L}{3,}ant");
  private static final java.util.regex.Pattern INFINITIVE_FR = java.util.regex.Pattern.compile("\\p{L}{3,}(?<!i)(?:er|ir)");
  /** Why: markers of a reason or purpose. */
  private static final java.util.Map<String, List<String[]>> WHY = tokens(
      "afin de", "afin d'", "afin que", "afin qu'", "en raison de", "en raison d'", "en raison du", "en raison des",
      "à cause de", "à cause d'", "à cause du", "à cause des", "en réponse à", "en réponse au", "en réponse aux",
      "en représailles à", "en représailles au", "en échange de", "en échange d'", "en échange du", "suite à",
      "suite au", "suite aux", "à la suite de", "à la suite d'", "à la suite du", "à la suite des", "parce que",
      "parce qu'", "puisque", "puisqu'", "après que", "après qu'", "faute de", "in order to", "so as to",
      "so that", "because of", "because", "in response to", "in retaliation for", "amid", "due to", "owing to",
      "as a result of", "in protest at", "in protest against", "grâce à", "grâce au", "grâce aux", "thanks to");
  private static final java.util.Map<String, List<String[]>> HOW = tokens(
      "lors de", "lors d'", "lors du", "lors des", "à l'occasion de", "à l'occasion d'", "à l'occasion du",
      "à l'occasion des", "à bord de", "à bord d'", "à bord du", "au moyen de", "au moyen d'", "au cours de",
      "au cours d'", "au cours du", "au cours des", "par le biais de", "par le biais d'", "via", "during", "aboard",
      "by means of", "on the sidelines of", "through", "on board");
  /** Markers cut as the tokenizer cuts them ("afin d'" is two tokens), indexed by their first token. */
  private static java.util.Map<String, List<String[]>> tokens(String... markers) {
    java.util.Map<String, List<String[]>> out = new java.util.HashMap<>();
    for (String m : markers) {
      String[] words = m.replace("'", "' ").strip().split(" +");
      out.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
    }
    return java.util.Map.copyOf(out);
  }

  /** Verbs whose "pour"/"for" + noun is a reason: "remercier X pour son soutien", "thank X for". */
  private static final Set<String> REASON_FOR = Set.of("thank", "condemn", "accuse", "sanction", "blame", "praise",
      "féliciter", "punish", "criticize", "critiquer", "apologize", "s'excuser", "saluer");
  /** Means of transport after "en" ("en train blindé") and "by" ("by plane"). */
  private static final Set<String> TRANSPORT = Set.of(
      "train", "avion", "voiture", "bateau", "hélicoptère", "limousine", "cortège", "plane", "car", "boat",
      "helicopter", "motorcade", "convoy");

  /** The time expression that dates the claim, or null. */
  static TimeExpression when(View v, Layout l, int subjectStart) {
    TimeExpression inClause = first(v, l, l.verb().first(), l.end());
    return inClause != null ? inClause : first(v, l, l.start(), subjectStart);
  }

  private static TimeExpression first(View v, Layout l, int from, int to) {
    for (int i = from; i < to; i++) {
      TimeExpression t = v.timex(i);
      if (t == null || l.inOtherClause(i) || i > 0 && v.timex(i - 1) == t) {
        continue;
      }
      boolean dated = t.type() == TimexType.DATE || t.type() == TimexType.TIME;
      if (dated && !(i > 0 && NOT_WHEN_AFTER.contains(v.lower(i - 1))) && !t.value().endsWith("_REF")) {
        return t;
      }
    }
    return null;
  }

  /** The numbers of the claim's clause with what they count; dates and "les deux pays" are not quantities. */
  static List<Amount> quantities(View v, Layout l, String language) {
    int from = l.start();
    int to = l.end();
    if (from >= to) {
      return List.of();
    }
    String sentence = v.text(from, to);
    int offset = v.span(from).start();
    List<Amount> out = new ArrayList<>();
    for (QuantityReader.Found f : QuantityReader.of(sentence, language)) {
      int start = offset + f.span().start();
      int end = offset + f.span().end();
      int first = tokenAt(v, start);
      if (first < 0 || l.inOtherClause(first) || v.quoted(first)) {
        continue;
      }
      TimeExpression t = v.timex(first);
      if (t != null && t.type() != TimexType.DURATION) {
        continue;
      }
      if (first > 0 && f.low() == 2 && f.high() == 2 && v.is(first - 1, "les", "ces", "des", "aux", "the", "leurs", "their", "both", "of")) {
        continue;
      }
      out.add(new Amount(v.article().substring(start, end), new org.recoupe.document.Span(start, end), f.low(),
          f.high(), f.unit()));
    }
    return out;
  }

  private static int tokenAt(View v, int offset) {
    for (int i = 0; i < v.size(); i++) {
      if (v.span(i).start() >= offset) {
        return v.span(i).start() == offset ? i : -1;
      }
    }
    return -1;
  }

  /** The reason or purpose the clause gives, or null. */
  static Argument why(View v, Layout l, int subjectStart, String family) {
    for (int i = l.start(); i < l.end(); i++) {
      if (skipped(v, l, i, subjectStart)) {
        continue;
      }
      int m = marker(v, i, WHY);
      if (m > 0) {
        return phrase(v, l, i, i + m, true);
      }
      if (v.is(i, "pour", "to", "for") && i + 1 < v.size()) {
        int next = i + 1;
        while (next < v.size() && Set.of("le", "la", "les", "l'", "lui", "leur", "se", "s'", "en", "y", "mieux", "ne", "pas")
            .contains(v.lower(next)) && !v.english()) {
          next++;
        }
        boolean infinitive = next < v.size() && infinitive(v, next, next == i + 1)
            && (!v.is(i, "to") || i > l.verb().last() + 1);
        boolean reason = !v.is(i, "to") && REASON_FOR.contains(family) && i > l.verb().last();
        if (infinitive && !v.is(i, "for") || reason) {
          return phrase(v, l, i, next + 1, false);
        }
      }
    }
    return null;
  }

  /** The means or occasion the clause gives, or null. */
  static Argument how(View v, Layout l, int subjectStart, boolean passive) {
    for (int i = l.start(); i < l.end(); i++) {
      if (skipped(v, l, i, subjectStart)) {
        continue;
      }
      int m = marker(v, i, HOW);
      if (m > 0) {
        return phrase(v, l, i, i + m, false);
      }
      boolean gerund = i + 1 < v.size() && gerund(v, i + 1);
      if (v.is(i, "en") && gerund && !v.english() || v.is(i, "by") && gerund) {
        return phrase(v, l, i, i + 2, false);
      }
      if (v.is(i, "en", "by") && i + 1 < v.size() && TRANSPORT.contains(v.lower(i + 1))) {
        return phrase(v, l, i, i + 2, false);
      }
      if (v.is(i, "par") && i > l.verb().last() && i + 1 < v.size() && bareNoun(v, i + 1)) {
        return phrase(v, l, i, i + 1, false);
      }
      if (v.is(i, "par", "by") && !passive && i > l.verb().last() && i + 1 < v.size() && !participle(v, i - 1)
          && !v.is(i + 1, "ailleurs", "exemple", "conséquent", "contre", "the") && v.entity(i + 1) < 0
          && !(v.is(i, "by") && Character.isDigit(v.text(i + 1).charAt(0)))) {
        return phrase(v, l, i, i + 1, false);
      }
    }
    return null;
  }

  private static boolean skipped(View v, Layout l, int i, int subjectStart) {
    return i >= subjectStart && i < l.verb().first() || l.inOtherClause(i) || v.quoted(i);
  }

  /** The length in tokens of the marker of {@code markers} starting at {@code i}, or 0. */
  private static int marker(View v, int i, java.util.Map<String, List<String[]>> markers) {
    int best = 0;
    for (String[] words : markers.getOrDefault(v.lower(i), List.of())) {
      if (i + words.length > v.size() || words.length <= best) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < words.length && match; k++) {
        String w = v.lower(i + k);
        match = w.equals(words[k]);
      }
      if (match) {
        best = words.length;
      }
    }
    return best;
  }

  /** The phrase from {@code from} through the marker (ending at {@code bodyStart}) to the next comma or clause end. */
  private static Argument phrase(View v, Layout l, int from, int bodyStart, boolean clause) {
    int j = bodyStart;
    int limit = clause ? v.size() : l.end();
    while (j < limit && j - from < MAX_PHRASE && !v.is(j, ",", ".", ";", ":", "(", "?", "!")
        && !(Grammar.SUBORDINATORS.contains(v.lower(j)) && j > bodyStart && !clause)) {
      j++;
    }
    while (j > bodyStart && (v.punct(j - 1) && !v.is(j - 1, "»", "\"") || Grammar.COORDINATORS.contains(v.lower(j - 1))
        || Grammar.PREPOSITIONS.contains(v.lower(j - 1)) || Grammar.DETERMINERS.contains(v.lower(j - 1)))) {
      j--;
    }
    if (j <= bodyStart) {
      return null;
    }
    return Argument.of(v.text(from, j), v.span(from, j));
  }

  /** An infinitive from the lexicon; any other -er/-ir word too when nothing stands between it and "pour". */
  private static boolean infinitive(View v, int i, boolean direct) {
    VerbForm f = v.english() ? EnglishVerbs.lookup(v.lower(i)) : FrenchVerbs.lookup(v.lower(i));
    return f != null && f.kind() == VerbForm.Kind.INFINITIVE
        || direct && !v.english() && INFINITIVE_FR.matcher(v.lower(i)).matches() && v.entity(i) < 0;
  }

  /** "par précaution", "par erreur": a noun with no determiner, not a name. */
  private static boolean bareNoun(View v, int i) {
    String w = v.lower(i);
    return Character.isLowerCase(v.text(i).charAt(0)) && v.entity(i) < 0 && !Grammar.DETERMINERS.contains(w)
        && !Grammar.PREPOSITIONS.contains(w) && !v.is(i, "ailleurs", "exemple", "conséquent", "contre", "le", "la",
        "les", "l'", "un", "une", "des", "ce", "cette", "leur", "leurs", "son", "sa", "ses") && w.length() > 2;
  }

  private static boolean participle(View v, int i) {
    return v.english() ? EnglishVerbs.participle(v.lower(i)) != null : VerbGroups.participleFr(v.lower(i)) != null;
  }

  private static boolean gerund(View v, int i) {
    VerbForm f = v.english() ? EnglishVerbs.lookup(v.lower(i)) : FrenchVerbs.lookup(v.lower(i));
    return f != null && f.kind() == VerbForm.Kind.GERUND || !v.english() && GERUND_FR.matcher(v.lower(i)).matches();
  }
}
