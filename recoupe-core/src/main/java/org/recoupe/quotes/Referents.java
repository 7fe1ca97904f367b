package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Span;

/**
 * What an article has mentioned so far, for pronouns: each name or description with its features,
 * its sentence, and whether it was the subject of its sentence (or a speaker). A pronoun refers to
 * the subject it agrees with in its own or the two sentences before (subjects and speakers are what
 * a text goes on talking about); else to the last person it agrees with in its own or the previous
 * sentence (the pronoun's gender picks "Marie Leroy" after "Jean Dupont a rencontré Marie Leroy");
 * else to an agreeing subject one sentence further; failing that, to the last mention it agrees
 * with, one known to be a person or a group first (a bare capitalised word may be a place).
 * "Celui-ci", "ce dernier" refer to the last mention, subject or not. Not thread-safe: one per
 * article.
 */
final class Referents {
  private static final int NEAR = 3;
  private static final int SUBJECT_WINDOW = 4;
  private static final int MENTION_WINDOW = 2;

  /** One mention of someone. */
  record Referent(Span span, Features features, int sentence, boolean subject) {}

  private final List<Referent> all = new ArrayList<>();

  /** Records a mention; a pronoun's antecedent recorded again makes it salient again. */
  void add(Span span, Features features, int sentence, boolean subject) {
    all.add(new Referent(span, features, sentence, subject));
  }

  /** The mention {@code pronoun}, at offset {@code at} of sentence {@code sentence}, refers to, or null. */
  Referent resolve(Pronoun pronoun, int sentence, int at) {
    if (!pronoun.lastMentioned()) {
      for (int s = sentence; s >= 0 && s > sentence - NEAR; s--) {
        Referent r = latest(pronoun, s, at, true, false);
        if (r != null) {
          return r;
        }
      }
      for (int s = sentence; s >= 0 && s >= sentence - 1; s--) {
        Referent r = latest(pronoun, s, at, false, true);
        if (r != null) {
          return r;
        }
      }
      for (int s = sentence - NEAR; s >= 0 && s > sentence - SUBJECT_WINDOW; s--) {
        Referent r = latest(pronoun, s, at, true, false);
        if (r != null) {
          return r;
        }
      }
    }
    for (boolean known : new boolean[] {true, false}) {
      for (int s = sentence; s >= 0 && s >= sentence - MENTION_WINDOW; s--) {
        Referent r = latest(pronoun, s, at, false, known);
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  /** The last subject recorded in sentence {@code sentence} or the one before, or null. */
  Referent lastSubject(int sentence) {
    for (int i = all.size() - 1; i >= 0 && all.get(i).sentence() >= sentence - 1; i--) {
      if (all.get(i).subject()) {
        return all.get(i);
      }
    }
    return null;
  }

  /**
   * The last referent (in text order) of sentence {@code sentence} before offset {@code at} that agrees with the
   * pronoun: a subject if {@code subjectOnly}; a person (or a subject group) if {@code known}.
   */
  private Referent latest(Pronoun pronoun, int sentence, int at, boolean subjectOnly, boolean known) {
    Referent best = null;
    for (int i = all.size() - 1; i >= 0 && all.get(i).sentence() >= sentence; i--) {
      Referent r = all.get(i);
      Features.Kind kind = r.features().kind();
      if (r.sentence() == sentence && r.span().end() <= at && (r.subject() || !subjectOnly)
          && (!known || kind == Features.Kind.PERSON || r.subject() && kind != Features.Kind.UNKNOWN)
          && r.features().agreesWith(pronoun) && (best == null || r.span().end() > best.span().end())) {
        best = r;
      }
    }
    return best;
  }
}
