package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoupe.entities.NameKeys;
import org.recoupe.text.DisjointSets;

/**
 * Groups the quotations of several articles into statements, in French, English or both: two
 * quotations are one statement when {@link StatementMatcher} aligns enough of the content words of
 * the shorter one with the other (so a shorter excerpt joins the full quote, and two translations,
 * even into different languages, join) and their speakers agree: the same canonical entity when
 * both are known, otherwise no clash between their names. A plain function of its input, so any
 * runner can call it.
 */
public final class StatementGrouping {
  /**
   * Content words from which a quotation is taken as a whole statement rather than an excerpt:
   * two groups whose fullest wordings are that long and in one language join only if those
   * wordings match each other, so a short excerpt cannot bridge two different statements that
   * share a phrase (across languages a translation keeps too few aligned words to require it).
   */
  private static final int WHOLE_STATEMENT = 6;

  /**
   * A quotation, the article it comes from, its speaker's canonical name when the entities stage
   * knows it (else {@code null}), and the article's language ("fr", "en", or {@code null} if unknown).
   */
  public record Sourced(String articleId, Quote quote, String speaker, String language) {
    /** A quotation in an article of unknown language. */
    public Sourced(String articleId, Quote quote, String speaker) {
      this(articleId, quote, speaker, null);
    }

    /** A quotation whose speaker has no canonical name, in an article of unknown language. */
    public Sourced(String articleId, Quote quote) {
      this(articleId, quote, null, null);
    }
  }

  /** The statements made of {@code quotes}, in order of first appearance; only speech is grouped. */
  public List<Statement> group(List<Sourced> quotes) {
    List<Sourced> speech = quotes.stream().filter(s -> s.quote().speech()).toList();
    int n = speech.size();
    List<QuoteTerms> terms = new ArrayList<>(n);
    List<Set<String>> names = new ArrayList<>(n);
    Map<String, Set<String>> memo = new HashMap<>();
    for (Sourced s : speech) {
      terms.add(QuoteTerms.of(s.quote().text(), s.language(), memo));
      names.add(s.quote().speaker() == null ? Set.of() : nameKeys(s.quote().speaker().text()));
    }
    List<Link> links = new ArrayList<>();
    Set<Long> linked = new HashSet<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Sourced x = speech.get(i);
        Sourced y = speech.get(j);
        if (x.articleId().equals(y.articleId()) && x.quote().span().equals(y.quote().span())) {
          links.add(new Link(i, j, 2));
          linked.add(pair(i, j));
        } else if (StatementMatcher.same(terms.get(i), terms.get(j), crossLanguage(x, y),
            speakers(x, names.get(i), y, names.get(j)))) {
          links.add(new Link(i, j, StatementMatcher.align(terms.get(i), terms.get(j)).coverage()));
          linked.add(pair(i, j));
        }
      }
    }
    links.sort(Comparator.comparingDouble(Link::strength).reversed()
        .thenComparingInt(Link::a).thenComparingInt(Link::b));
    DisjointSets sets = new DisjointSets(n);
    int[] fullest = new int[n];
    for (int i = 0; i < n; i++) {
      fullest[i] = i;
    }
    for (Link link : links) {
      int ra = sets.find(link.a());
      int rb = sets.find(link.b());
      int fa = fullest[ra];
      int fb = fullest[rb];
      if (ra == rb || terms.get(fa).size() >= WHOLE_STATEMENT && terms.get(fb).size() >= WHOLE_STATEMENT
          && !crossLanguage(speech.get(fa), speech.get(fb))
          && !linked.contains(pair(Math.min(fa, fb), Math.max(fa, fb)))) {
        continue;
      }
      sets.union(ra, rb);
      fullest[sets.find(ra)] = terms.get(fa).size() >= terms.get(fb).size() ? fa : fb;
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
    }
    List<Statement> out = new ArrayList<>();
    for (List<Integer> members : groups.values()) {
      List<Statement.Wording> wordings = members.stream()
          .map(i -> speech.get(i))
          .map(s -> new Statement.Wording(s.articleId(), s.quote(), s.language())).toList();
      String speaker = members.stream().map(i -> speech.get(i).speaker()).filter(sp -> sp != null).findFirst()
          .orElse(wordings.stream().map(w -> w.quote().speaker()).filter(sp -> sp != null)
              .map(Speaker::text).findFirst().orElse(null));
      out.add(new Statement(speaker, wordings));
    }
    return out;
  }

  /** Two quotations that {@link StatementMatcher} takes for one statement, and how well they align. */
  private record Link(int a, int b, double strength) {
  }

  private static long pair(int i, int j) {
    return (long) i << 32 | j;
  }

  /** Different languages, or an unknown one (which may be another). */
  private static boolean crossLanguage(Sourced x, Sourced y) {
    return x.language() == null || y.language() == null || !x.language().equals(y.language());
  }

  /**
   * The same canonical entity, or else capitalised names sharing a word (spelt alike, or
   * transliterated alike: "Poutine" / "Putin"), are the same speaker; canonical entities or such
   * names that differ are different speakers; anything else is unknown.
   */
  static StatementMatcher.Speakers speakers(Sourced x, Set<String> nx, Sourced y, Set<String> ny) {
    if (x.speaker() != null && y.speaker() != null) {
      return x.speaker().equals(y.speaker()) ? StatementMatcher.Speakers.SAME : StatementMatcher.Speakers.DIFFERENT;
    }
    if (nx.isEmpty() || ny.isEmpty()) {
      return StatementMatcher.Speakers.UNKNOWN;
    }
    Set<String> shared = new HashSet<>(nx);
    shared.retainAll(ny);
    return shared.isEmpty() ? StatementMatcher.Speakers.DIFFERENT : StatementMatcher.Speakers.SAME;
  }

  /** The phonetic keys of the capitalised name words of a speaker's words. */
  static Set<String> nameKeys(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.split("[\\s\\p{Z}]+")) {
      if (w.length() > 2 && Character.isUpperCase(w.charAt(0)) && ReportingLexicon.mayStartName(w)) {
        out.add(NameKeys.phoneticWord(ReportingLexicon.fold(w)));
      }
    }
    return out;
  }
}
