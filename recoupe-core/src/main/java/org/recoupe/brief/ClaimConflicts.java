package org.recoupe.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.recoupe.contradict.ConflictType;
import org.recoupe.contradict.ContradictionDetector;
import org.recoupe.contradict.Judgement;
import org.recoupe.document.Span;

/**
 * Finds conflicting values between the sentences of a story's articles: sentences of different
 * articles that talk about the same thing (TF-IDF cosine at least {@link #CANDIDATE}) are compared
 * by the {@link ContradictionDetector}; the value conflicts it reports (numbers, counts and
 * ordinals, dates, weekdays, names in the same role) become story conflicts, one per pair of values,
 * each side with every article that gives it. Negations and antonyms are left out here: on whole
 * news sentences they fire on different predicates too often to be shown as established
 * disagreements. A plain function of its input.
 */
public final class ClaimConflicts {
  /** Sentences at least this similar are compared. */
  static final double CANDIDATE = 0.2;

  private static final Set<ConflictType> SHOWN = EnumSet.of(ConflictType.NUMBER, ConflictType.ORDINAL_COUNT,
      ConflictType.DATE, ConflictType.WEEKDAY, ConflictType.ENTITY_SUBSTITUTION);

  private ClaimConflicts() {}

  /**
   * The conflicts between {@code passages}; {@code language} and {@code published} of each article
   * help read its numbers and dates.
   */
  public static List<Conflict> find(List<Passage> passages, Map<String, String> language, Map<String, LocalDate> published) {
    ContradictionDetector detector = ContradictionDetector.standard();
    List<Map<String, Double>> vectors = TfIdf.vectors(passages.stream().map(Passage::text).toList());
    Map<String, Map<String, List<Passage>>> byValues = new LinkedHashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    for (int i = 0; i < passages.size(); i++) {
      for (int j = i + 1; j < passages.size(); j++) {
        Passage a = passages.get(i);
        Passage b = passages.get(j);
        if (a.articleId().equals(b.articleId()) || TfIdf.cosine(vectors.get(i), vectors.get(j)) < CANDIDATE) {
          continue;
        }
        Judgement judgement = detector.judge(side(a, language, published), side(b, language, published));
        if (!judgement.contradiction()) {
          continue;
        }
        for (org.recoupe.contradict.Conflict c : judgement.conflicts()) {
          if (!SHOWN.contains(c.type())) {
            continue;
          }
          String left = c.leftValue().trim();
          String right = c.rightValue().trim();
          String key = c.type() + ":" + (left.compareTo(right) <= 0 ? left + "|" + right : right + "|" + left);
          kinds.put(key, c.type().name().toLowerCase(Locale.ROOT));
          Map<String, List<Passage>> sides = byValues.computeIfAbsent(key, k -> new LinkedHashMap<>());
          addOnce(sides.computeIfAbsent(left, k -> new ArrayList<>()), a);
          addOnce(sides.computeIfAbsent(right, k -> new ArrayList<>()), b);
        }
      }
    }
    for (Map<String, List<Passage>> sides : byValues.values()) {
      widen(sides, passages);
    }
    List<Conflict> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Passage>>> e : byValues.entrySet()) {
      List<Conflict.Side> sides = new ArrayList<>();
      for (Map.Entry<String, List<Passage>> s : e.getValue().entrySet()) {
        List<String> ids = s.getValue().stream().map(Passage::articleId).toList();
        List<Span> spans = s.getValue().stream().map(Passage::span).toList();
        sides.add(new Conflict.Side(s.getKey(), ids, spans, s.getValue().get(0).text()));
      }
      String summary = "Articles give different values: " + String.join(" against ", e.getValue().keySet()) + ".";
      out.add(new Conflict(kinds.get(e.getKey()), summary, sides));
    }
    return out;
  }

  private static org.recoupe.contradict.Passage side(Passage p, Map<String, String> language, Map<String, LocalDate> published) {
    return new org.recoupe.contradict.Passage(p.text(), language.getOrDefault(p.articleId(), "fr"),
        published.get(p.articleId()));
  }

  /**
   * Adds to each side the other articles that write the same value in words ("première visite"),
   * so a side lists every article that gives it, not only the one first compared.
   */
  private static void widen(Map<String, List<Passage>> sides, List<Passage> passages) {
    java.util.Set<String> taken = new java.util.HashSet<>();
    sides.values().forEach(list -> list.forEach(p -> taken.add(p.articleId())));
    for (Map.Entry<String, List<Passage>> side : sides.entrySet()) {
      String value = org.recoupe.text.Terms.fold(side.getKey());
      if (value.length() < 4) {
        continue;
      }
      for (Passage p : passages) {
        if (!taken.contains(p.articleId()) && org.recoupe.text.Terms.fold(p.text()).contains(value)) {
          side.getValue().add(p);
          taken.add(p.articleId());
        }
      }
    }
  }

  private static void addOnce(List<Passage> side, Passage p) {
    if (!side.contains(p)) {
      side.add(p);
    }
  }
}
