package org.recoupe.app.output;

import java.util.List;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;

/**
 * What a story page shows of one article besides the report: its cleaned text and where its
 * sentences are, so that a citation can point at the passage it cites.
 *
 * @param articleId the article's id
 * @param text its cleaned text ({@code Keys.TEXT})
 * @param sentences its sentence spans over {@code text}, in order (empty if it was not segmented)
 * @param language its ISO 639-1 language code, or {@code null}
 */
public record SourceText(String articleId, String text, List<Span> sentences, String language) {
  /** Defensive copy; fails unless the sentences are in order, apart, and within the text. */
  public SourceText {
    sentences = List.copyOf(sentences);
    int end = 0;
    for (Span s : sentences) {
      if (s.start() < end || s.end() > text.length()) {
        throw new IllegalArgumentException("sentence " + s + " of " + articleId + " overlaps or leaves the text");
      }
      end = s.end();
    }
  }

  /** The source text of an analysed document (one with {@code TEXT}; sentences if segmented). */
  public static SourceText of(Document d) {
    List<Span> spans = d.find(Keys.SENTENCES).orElse(List.of()).stream().map(Sentence::span).toList();
    String language = d.find(Keys.METADATA).map(Metadata::language).orElse(null);
    return new SourceText(d.id(), d.get(Keys.TEXT), spans, language);
  }
}
