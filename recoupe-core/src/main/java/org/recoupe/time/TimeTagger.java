package org.recoupe.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoupe.document.Span;

/**
 * Finds and normalises the time expressions of a text (French or English). Rules are tried only
 * at words that can start them; overlapping matches are settled longest first; relative
 * expressions are resolved against an {@link Anchor}, the tense of the nearest verb and the last
 * day named before them. Thread-safe; reuse one instance per language.
 */
public final class TimeTagger {
  private static final int WINDOW = 160;
  private static final TimeTagger FRENCH = new TimeTagger(FrenchRules.rules(), false);
  private static final TimeTagger ENGLISH = new TimeTagger(EnglishRules.rules(), true);
  private static final Set<String> DAY_RULES = Set.of("date", "date-dmy", "date-mdy", "numeric-date", "iso-date");
  private static final TimeTagger FRENCH_DAYS = new TimeTagger(dayRules(FrenchRules.rules()), false);
  private static final TimeTagger ENGLISH_DAYS = new TimeTagger(dayRules(EnglishRules.rules()), true);
  private static final Pattern FULL_DATE_FR = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:1er|[12]?[0-9]|3[01]) (?:janvier|février|mars|avril|mai|juin|juillet|août"
          + "|septembre|octobre|novembre|décembre) (?:1[0-9]{3}|20[0-9]{2})(?!\\d)");

  private final List<Rule> rules;
  private final Map<String, int[]> triggers = new HashMap<>();
  private final boolean english;

  private TimeTagger(List<Rule> rules, boolean english) {
    this.rules = rules;
    this.english = english;
    Map<String, List<Integer>> byWord = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      for (String t : rules.get(i).triggers()) {
        byWord.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
    }
    byWord.forEach((w, ids) -> triggers.put(w, ids.stream().distinct().mapToInt(Integer::intValue).toArray()));
  }

  /** The tagger for an ISO 639-1 language code: English for {@code "en"}, French otherwise. */
  public static TimeTagger forLanguage(String language) {
    return "en".equals(language) ? ENGLISH : FRENCH;
  }

  /**
   * A tagger that finds only calendar days written out ("le 2 juillet", "June 19, 2024",
   * "19/06/2024"), with the same rules and tense cues as {@link #forLanguage}, for a fraction of
   * the cost: what dating a text needs ({@link TextDating}).
   */
  public static TimeTagger daysOnly(String language) {
    return "en".equals(language) ? ENGLISH_DAYS : FRENCH_DAYS;
  }

  private static List<Rule> dayRules(List<Rule> rules) {
    return rules.stream().filter(r -> DAY_RULES.contains(r.name())).toList();
  }

  /** Tags {@code text}, finding sentence boundaries itself. {@code anchor} may be {@code null}. */
  public List<TimeExpression> tag(String text, Anchor anchor) {
    return tag(text, SentenceBounds.split(text), anchor);
  }

  /**
   * Tags {@code text} whose sentences are {@code sentences} (used for the tense and the reference
   * day). {@code anchor} may be {@code null}: relative expressions are then left underspecified
   * ({@code XXXX-WXX-3}, {@code PAST_REF}) and flagged {@link TimeFlag#NO_ANCHOR}.
   */
  public List<TimeExpression> tag(String text, List<Span> sentences, Anchor anchor) {
    String lower = Folding.fold(text);
    List<Candidate> candidates = candidates(lower);
    List<Candidate> chosen = settle(candidates, lower);
    List<TimeExpression> out = new ArrayList<>(chosen.size());
    LocalDate lastDay = null;
    int lastDayEnd = -1;
    int sentence = 0;
    for (Candidate c : chosen) {
      while (sentence < sentences.size() - 1 && sentences.get(sentence).end() <= c.start) {
        sentence++;
      }
      Span s = sentences.isEmpty() ? new Span(0, text.length()) : sentences.get(sentence);
      int sStart = Math.min(s.start(), c.start);
      int sEnd = Math.max(s.end(), c.end);
      Tense tense = TenseCues.tense(lower, sStart, sEnd, c.start, c.end, english);
      LocalDate ref = lastDay != null && lower.lastIndexOf("\n\n", c.start) < lastDayEnd ? lastDay : null;
      Resolver r = new Resolver(lower, c.start, c.end, anchor, tense, ref);
      Found f = c.rule.normaliser().apply(c.groups, r);
      if (f == null) {
        continue;
      }
      Set<TimeFlag> flags = EnumSet.noneOf(TimeFlag.class);
      if (r.missingAnchor) {
        flags.add(TimeFlag.NO_ANCHOR);
      }
      if (r.usedAnchor && anchor != null && anchor.inferred()) {
        flags.add(TimeFlag.ANCHOR_INFERRED);
      }
      if (f.weekdayDate() != null) {
        flags.add(TimeFlag.WEEKDAY_MISMATCH);
      }
      TimeExpression t = new TimeExpression(new Span(c.start, c.end), text.substring(c.start, c.end),
          f.type(), f.value(), f.mod(), r.usedAnchor ? anchor : null, tense, f.weekday(), f.weekdayDate(), flags);
      out.add(t);
      LocalDate day = t.day().orElse(null);
      if (day != null) {
        lastDay = day;
        lastDayEnd = c.end;
      }
    }
    return List.copyOf(out);
  }

  /**
   * The latest complete date written in {@code text} ("19 juin 2024"), for use as an inferred
   * anchor when an article has no publication date; {@code null} if there is none.
   */
  public static LocalDate latestWrittenDate(String text) {
    String lower = Folding.fold(text);
    Matcher m = FULL_DATE_FR.matcher(lower);
    LocalDate best = null;
    while (m.find()) {
      String[] p = m.group().split(" ");
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(p[2]), FrenchRules.month(p[1]),
            p[0].equals("1er") ? 1 : Integer.parseInt(p[0]));
        if (best == null || d.isAfter(best)) {
          best = d;
        }
      } catch (java.time.DateTimeException e) {
        // not a calendar date: skip
      }
    }
    return best;
  }

  private List<Candidate> candidates(String lower) {
    List<Candidate> out = new ArrayList<>();
    Matcher[] matchers = new Matcher[rules.size()];
    int n = lower.length();
    int i = 0;
    while (i < n) {
      char c = lower.charAt(i);
      boolean letter = Character.isLetter(c);
      if (!letter && !Character.isDigit(c)) {
        i++;
        continue;
      }
      int s = i;
      if (letter) {
        while (i < n && Character.isLetter(lower.charAt(i))) {
          i++;
        }
      } else {
        while (i < n && Character.isDigit(lower.charAt(i))) {
          i++;
        }
      }
      int[] ids = triggers.get(letter ? lower.substring(s, i) : "#");
      if (ids == null) {
        continue;
      }
      for (int id : ids) {
        Matcher m = matchers[id];
        if (m == null) {
          m = rules.get(id).pattern().matcher(lower);
          m.useTransparentBounds(true);
          m.useAnchoringBounds(false);
          matchers[id] = m;
        }
        m.region(s, Math.min(n, s + WINDOW));
        if (m.lookingAt() && m.end() > s) {
          Rule rule = rules.get(id);
          out.add(new Candidate(s, m.end(), id, rule, new Rule.Groups(rule.groupNames(), m)));
        }
      }
    }
    return out;
  }

  /** Keeps the longest non-overlapping candidates that a rule accepts (dry run, no anchor). */
  private List<Candidate> settle(List<Candidate> candidates, String lower) {
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.start - c.end)
        .thenComparingInt(c -> c.start).thenComparingInt(c -> c.ruleIndex));
    BitSet taken = new BitSet(lower.length());
    LocalDate probe = LocalDate.of(2000, 1, 1);
    Anchor dry = new Anchor(probe, Anchor.Source.PUBLISHED);
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      if (taken.get(c.start, c.end).isEmpty()
          && c.rule.normaliser().apply(c.groups, new Resolver(lower, c.start, c.end, dry, Tense.NONE, probe)) != null) {
        taken.set(c.start, c.end);
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(c -> c.start));
    return chosen;
  }

  private record Candidate(int start, int end, int ruleIndex, Rule rule, Rule.Groups groups) {}
}
