package org.recoupe.dedup;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Span;

/**
 * Cuts an article's paragraphs into sentences and signs each one (word shingles, then MinHash).
 * Sentences with fewer than {@link #minWords} words are left out: short sentences ("Il a refusé.")
 * recur in unrelated articles. Immutable and thread-safe.
 */
public final class Passages {
  /** The default signer: 3-word shingles, 60 hash functions, sentences of 8 words or more. */
  public static final Passages DEFAULT = new Passages(new WordShingles(3), new MinHasher(60, 17), 8);

  private final WordShingles shingles;
  private final MinHasher hasher;
  private final int minWords;

  /** A signer with the given shingling, hashing and minimum sentence length. */
  public Passages(WordShingles shingles, MinHasher hasher, int minWords) {
    this.shingles = shingles;
    this.hasher = hasher;
    this.minWords = minWords;
  }

  /** The signed sentences of {@code text} within the given paragraphs, in order. */
  public List<Passage> of(String text, List<Span> paragraphs) {
    List<Passage> out = new ArrayList<>();
    for (Span paragraph : paragraphs) {
      for (Span sentence : Sentences.split(text, paragraph)) {
        long[] words = WordShingles.words(text, sentence.start(), sentence.end());
        if (words.length >= minWords) {
          Signature signature = hasher.signature(shingles.shingles(words));
          out.add(new Passage(sentence, words.length, signature, Sentences.mostlyQuoted(text, sentence)));
        }
      }
    }
    return out;
  }
}
