package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Sentence;

/**
 * Turns a tagger's labelled token runs into {@link Mention}s, correcting them with general rules
 * and small lexicons (never lists of a corpus's own names). Stateless and thread-safe.
 */
public final class Corrections {
  private final List<MentionRule> rules;

  Corrections(List<MentionRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules Recoupe applies, in order. */
  public static Corrections standard() {
    return new Corrections(List.of(
        new SplitAtSeparators(),
        new TrimEdges(),
        new StripTitles(),
        new DropSentenceStarters(),
        new DropCommonAbbreviations(),
        new JoinHyphenated(),
        new IncludeLeadingThe(),
        new MergeTeamNames(),
        new RetypeDemonyms(),
        new RetypeVehicles(),
        new RetypeNamedPlaces(),
        new NameLexicons()));
  }

  /** The tagger's runs as mentions, uncorrected (the baseline the evaluation compares against). */
  public static List<Mention> raw(String text, Sentence sentence, int index, List<TaggedRange> ranges) {
    SentenceView view = new SentenceView(text, sentence, "");
    List<Mention> out = new ArrayList<>(ranges.size());
    for (TaggedRange r : ranges) {
      out.add(toMention(view, view.candidate(r.start(), r.end(), r.type()), index));
    }
    return out;
  }

  /**
   * The corrected mentions of one sentence.
   *
   * @param text the cleaned text the sentence's spans point into
   * @param sentence the sentence, with its tokens
   * @param index the sentence's index in the document
   * @param language ISO 639-1 code ("fr", "en")
   * @param ranges what the tagger labelled, in token indexes
   */
  public List<Mention> correct(String text, Sentence sentence, int index, String language, List<TaggedRange> ranges) {
    SentenceView view = new SentenceView(text, sentence, language);
    List<Candidate> candidates = new ArrayList<>(ranges.size());
    for (TaggedRange r : ranges) {
      candidates.add(view.candidate(r.start(), r.end(), r.type()));
    }
    for (MentionRule rule : rules) {
      candidates = rule.apply(view, candidates);
    }
    List<Mention> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      out.add(toMention(view, c, index));
    }
    return out;
  }

  private static Mention toMention(SentenceView view, Candidate c, int index) {
    return new Mention(c.span(), index, c.type(), view.textOf(c));
  }
}
