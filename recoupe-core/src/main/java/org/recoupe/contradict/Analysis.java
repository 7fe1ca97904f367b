package org.recoupe.contradict;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A passage read once for all checks: its words, which of them are negated (and by which word),
 * and the stems of its content words.
 */
public final class Analysis {
  private final Passage passage;
  private final List<Word> words;
  private final int[] negatedBy;
  private final Set<String> contentStems;

  /** Reads {@code passage}. */
  public Analysis(Passage passage) {
    this.passage = passage;
    this.words = List.copyOf(Words.of(passage.text(), passage.english()));
    this.negatedBy = Negation.cues(words, passage.english());
    Set<String> stems = new LinkedHashSet<>();
    for (Word w : words) {
      if (Lexicon.content(w)) {
        stems.add(w.stem());
      }
    }
    this.contentStems = Set.copyOf(stems);
  }

  /** The passage read. */
  public Passage passage() {
    return passage;
  }

  /** The passage's text. */
  public String text() {
    return passage.text();
  }

  /** Whether the passage is English. */
  public boolean english() {
    return passage.english();
  }

  /** The passage's words, in order. */
  public List<Word> words() {
    return words;
  }

  /** Whether the word is under a negation (head of the negated predicate or inside its clause). */
  public boolean negated(Word w) {
    return negatedBy[w.index()] != -1;
  }

  /** Whether the word is the head of a negated predicate ("reconnu" in "n'a pas reconnu"). */
  public boolean negatedHead(Word w) {
    return negatedBy[w.index()] >= 0;
  }

  /** The word that negates {@code w}, or null. */
  public Word negator(Word w) {
    int c = negatedBy[w.index()];
    return c == -1 ? null : words.get(c >= 0 ? c : -2 - c);
  }

  /** The stems of the content words. */
  public Set<String> contentStems() {
    return contentStems;
  }

  /** Whether some word has the stem {@code stem}. */
  public boolean hasStem(String stem) {
    return contentStems.contains(stem);
  }
}
