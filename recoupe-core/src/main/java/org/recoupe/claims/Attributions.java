package org.recoupe.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recoupe.document.Metadata;

/**
 * Who a sentence says its claim comes from, most specific first: the subject of a reporting verb
 * whose complement the claim is ("Les responsables américains ont affirmé que ..."); a trailing
 * reporting verb ("..., ont rapporté les agences de presse russes", "..., US officials said");
 * "selon X", "d'après X", "according to X", "cité par X"; an agency credit in the sentence
 * ("(AFP)"); the agencies the article credits; else the outlet itself.
 */
final class Attributions {
  private Attributions() {}

  /** Names of wire agencies as articles write them when they cite them. */
  private static final Set<String> AGENCIES = Set.of(
      "afp", "reuters", "ap", "tass", "ria", "novosti", "kcna", "xinhua", "yonhap", "interfax", "kyodo", "ansa",
      "dpa", "efe", "anadolu", "bloomberg", "sputnik", "irna", "ukrinform", "belga", "agence", "agences", "agency",
      "agencies", "associated");
  private static final int MAX_SOURCE = 10;

  static Attribution of(View v, Layout l, Metadata meta, Antecedents ctx) {
    if (l.frame() >= 0) {
      Layout frame = new Layout(l.groups(), l.frame(), -1, -1, 0, l.groups().get(l.frame()).first(), l.subordinate(), -1);
      Argument source = Arguments.subject(v, frame, ctx);
      if (source != null) {
        VerbGroup g = l.groups().get(l.frame());
        return source(source, v.text(g.first(), g.last() + 1));
      }
    }
    if (l.inverted() >= 0) {
      VerbGroup g = l.groups().get(l.inverted());
      Argument source = invertedSubject(v, l, g);
      if (source != null) {
        return source(source, v.text(g.first(), g.last() + 1));
      }
    }
    for (int i = 0; i < v.size(); i++) {
      int body = according(v, i);
      boolean trailing = body > 0 && i >= l.end() && reachesEnd(v, body);
      if (body > 0 && !v.quoted(i) && !l.inOtherClause(i) && (i < l.end() || trailing) && !(body < v.size() && v.lower(body).startsWith("lequel")
          || body < v.size() && v.lower(body).startsWith("laquel") || body < v.size() && v.lower(body).startsWith("lesquel"))) {
        Argument source = sourcePhrase(v, body, ctx);
        if (source != null) {
          return source(source, v.text(i, body));
        }
      }
    }
    for (int i = 0; i + 2 < v.size(); i++) {
      if (v.is(i, "(") && AGENCIES.contains(v.folded(i + 1)) && v.is(i + 2, ")")) {
        return new Attribution(Attribution.Kind.AGENCY, v.text(i + 1), v.span(i + 1), v.text(i, i + 3), List.of(),
            List.of());
      }
    }
    if (!meta.agencies().isEmpty()) {
      return new Attribution(Attribution.Kind.AGENCY, String.join(", ", meta.agencies()), null, null, List.of(), List.of());
    }
    return Attribution.outlet(meta.outlet());
  }

  /** Whether the source phrase from {@code from} runs to the end of the sentence (", selon RIA."). */
  private static boolean reachesEnd(View v, int from) {
    for (int j = from; j < v.size(); j++) {
      if (v.is(j, ",", ";") || Grammar.SUBORDINATORS.contains(v.lower(j))) {
        return false;
      }
    }
    return true;
  }

  /** The tokens after which a source is named ("selon", "d'après", "according to", "cité par"), or 0. */
  private static int according(View v, int i) {
    if (v.is(i, "selon")) {
      return i + 1;
    }
    if (i + 1 < v.size() && (v.is(i, "d'", "d’") && v.is(i + 1, "après") || v.is(i, "according") && v.is(i + 1, "to")
        || v.is(i, "cité", "citée", "cités", "citées", "quoted", "cited") && v.is(i + 1, "par", "by"))) {
      return i + 2;
    }
    return v.is(i, "d'après") ? i + 1 : 0;
  }

  private static Argument sourcePhrase(View v, int from, Antecedents ctx) {
    int j = from;
    while (j < v.size() && j - from < MAX_SOURCE && !v.is(j, ",", ".", ";", ":", "»", "(", ")")
        && !Grammar.SUBORDINATORS.contains(v.lower(j)) && !(j > from && v.is(j, "selon", "à", "au", "in", "on"))) {
      j++;
    }
    if (j <= from) {
      return null;
    }
    if (j == from + 1 && (Grammar.PERSON_PRONOUNS.contains(v.lower(from)) || Grammar.PLURAL_PRONOUNS.contains(v.lower(from)))) {
      boolean one = Grammar.PERSON_PRONOUNS.contains(v.lower(from));
      List<Integer> ids = one ? (ctx.speaker() < 0 ? List.of() : List.of(ctx.speaker())) : ctx.group();
      String text = !one && ids.isEmpty() ? ctx.groupText() : null;
      List<String> names = ids.stream().map(v::name).toList();
      String name = text != null ? text : names.isEmpty() ? v.text(from) : String.join(", ", names);
      return new Argument(name, v.span(from, j), ids, names);
    }
    Argument a = Arguments.phrase(v, from, j, new Layout(List.of(), 0, -1, -1, from, j, List.of(), -1));
    if (a == null || !a.entities().isEmpty()) {
      return a;
    }
    List<Integer> ids = new java.util.ArrayList<>();
    for (int k = from; k < j; k++) {
      if (v.entity(k) >= 0 && !ids.contains(v.entity(k))) {
        ids.add(v.entity(k));
      }
    }
    return new Argument(a.text(), a.span(), ids, ids.stream().map(v::name).toList());
  }

  /** The subject of a trailing reporting verb: after it in French ("ont rapporté les agences"), before it in English. */
  private static Argument invertedSubject(View v, Layout l, VerbGroup g) {
    int from = g.last() + 1;
    int to = from;
    while (to < v.size() && !v.is(to, ",", ".", ";") && !v.is(to, "selon", "à", "lors", "au", "aux", "on", "in", "at",
        "after", "before", "to") && v.timex(to) == null) {
      to++;
    }
    if (v.english() || to == from) {
      int c = g.first() - 1;
      while (c >= 0 && !v.is(c, ",")) {
        c--;
      }
      return c + 1 < g.first() ? Arguments.phrase(v, c + 1, g.first(), l) : null;
    }
    return Arguments.phrase(v, from, to, new Layout(List.of(), 0, -1, -1, from, to, List.of(), -1));
  }

  private static Attribution source(Argument a, String cue) {
    boolean agency = false;
    for (String w : a.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      agency |= AGENCIES.contains(org.recoupe.text.Terms.fold(w));
    }
    return new Attribution(agency ? Attribution.Kind.AGENCY : Attribution.Kind.SOURCE, a.text(), a.span(), cue,
        a.entities(), a.names());
  }
}
