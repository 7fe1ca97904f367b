package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoupe.text.DisjointSets;
import org.recoupe.text.Terms;

/**
 * Groups the quotations of several articles into statements: two quotations are one statement when
 * most content words of the shorter one are found in the longer one (so a shorter excerpt joins the
 * full quote, and two translations sharing their content words join), and their speakers agree:
 * the same canonical entity when both are known, otherwise no clash between their names. A plain function of its input, so any runner can call it.
 */
public final class StatementGrouping {
  private static final double MIN_CONTAINMENT = 0.6;
  private static final int MIN_SHARED = 3;

  /**
   * A quotation, the article it comes from, and its speaker's canonical name when the entities
   * stage knows it (else {@code null}).
   */
  public record Sourced(String articleId, Quote quote, String speaker) {
    /** A quotation whose speaker has no canonical name. */
    public Sourced(String articleId, Quote quote) {
      this(articleId, quote, null);
    }
  }

  /** The statements made of {@code quotes}, in order of first appearance; only speech is grouped. */
  public List<Statement> group(List<Sourced> quotes) {
    List<Sourced> speech = quotes.stream().filter(s -> s.quote().speech()).toList();
    int n = speech.size();
    DisjointSets sets = new DisjointSets(n);
    List<Set<String>> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      words.add(contentWords(speech.get(i).quote().text()));
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (sameStatement(speech.get(i), words.get(i), speech.get(j), words.get(j))) {
          sets.union(i, j);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
    }
    List<Statement> out = new ArrayList<>();
    for (List<Integer> members : groups.values()) {
      List<Statement.Wording> wordings = members.stream()
          .map(i -> new Statement.Wording(speech.get(i).articleId(), speech.get(i).quote())).toList();
      String speaker = members.stream().map(i -> speech.get(i).speaker()).filter(sp -> sp != null).findFirst()
          .orElse(wordings.stream().map(w -> w.quote().speaker()).filter(sp -> sp != null)
              .map(Speaker::text).findFirst().orElse(null));
      out.add(new Statement(speaker, wordings));
    }
    return out;
  }

  /** Containment of content words, with a floor on how many are shared. */
  static boolean similar(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    int smaller = Math.min(a.size(), b.size());
    if (smaller < MIN_SHARED) {
      return a.equals(b);
    }
    return shared.size() >= MIN_SHARED && shared.size() >= MIN_CONTAINMENT * smaller;
  }

  private static boolean sameStatement(Sourced x, Set<String> wx, Sourced y, Set<String> wy) {
    if (x.articleId().equals(y.articleId()) && x.quote().span().equals(y.quote().span())) {
      return true;
    }
    if (x.speaker() != null && y.speaker() != null) {
      return similar(wx, wy) && x.speaker().equals(y.speaker());
    }
    return similar(wx, wy) && compatible(x.quote().speaker(), y.quote().speaker());
  }

  /** Speakers clash only when both are capitalised names sharing no word. */
  private static boolean compatible(Speaker a, Speaker b) {
    if (a == null || b == null) {
      return true;
    }
    Set<String> na = nameWords(a.text());
    Set<String> nb = nameWords(b.text());
    if (na.isEmpty() || nb.isEmpty()) {
      return true;
    }
    na.retainAll(nb);
    return !na.isEmpty();
  }

  private static Set<String> nameWords(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.split("[\\s\\p{Z}]+")) {
      if (w.length() > 2 && Character.isUpperCase(w.charAt(0)) && ReportingLexicon.mayStartName(w)) {
        out.add(ReportingLexicon.fold(w));
      }
    }
    return out;
  }

  /** Folded content words, cut to six letters so that inflections meet. */
  static Set<String> contentWords(String text) {
    return new HashSet<>(Terms.of(text));
  }

}
