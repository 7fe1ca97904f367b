package org.recoupe.claims;

import java.util.List;
import org.recoupe.document.Span;

/**
 * A claim the sources attribute to opposing parties: one party alleges it (an accusation, or a
 * statement the article attributes to a party), another denies it. The sources report the dispute;
 * they do not contradict each other.
 *
 * @param topic the words of the first allegation's claim: what is disputed
 * @param sides the allegations, then the denials
 */
public record Dispute(String topic, List<Side> sides) {
  /** Defensive copy. */
  public Dispute {
    sides = List.copyOf(sides);
  }

  /** What a side does. */
  public enum Stance {
    /** Accuses, or states what the other side denies. */
    ALLEGES,
    /** Denies, rejects, refutes. */
    DENIES
  }

  /**
   * One party's stance, as one article reports it.
   *
   * @param stance alleges or denies
   * @param party who, as the article words it
   * @param names the story-wide names of the entities the party names
   * @param articleId the article
   * @param span the sentence that reports it
   * @param text that sentence
   */
  public record Side(Stance stance, String party, List<String> names, String articleId, Span span, String text) {
    /** Defensive copy. */
    public Side {
      names = List.copyOf(names);
    }
  }
}
