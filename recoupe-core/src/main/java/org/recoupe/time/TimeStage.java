package org.recoupe.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.recoupe.document.Document;
import org.recoupe.document.Key;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.pipeline.Stage;

/**
 * Finds the time expressions of {@code Keys.TEXT} ({@link TimeKeys#TIMEXES}). Anchors them on the
 * publication date; without one, on the date given to the constructor (the story's dates), else on
 * the latest complete date written in the text; the last two are flagged as inferred. Uses
 * {@code Keys.SENTENCES} when present, its own cheap splitter otherwise.
 */
public final class TimeStage implements Stage {
  private final LocalDate fallback;

  /** A stage with no fallback anchor besides the article's own text. */
  public TimeStage() {
    this(null);
  }

  /** A stage that anchors articles without a publication date on {@code fallback} (may be null). */
  public TimeStage(LocalDate fallback) {
    this.fallback = fallback;
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, Keys.METADATA);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(TimeKeys.TIMEXES);
  }

  @Override
  public Document apply(Document document) {
    String text = document.get(Keys.TEXT);
    Metadata meta = document.get(Keys.METADATA);
    List<Span> sentences = document.find(Keys.SENTENCES)
        .map(ss -> ss.stream().map(Sentence::span).toList())
        .orElseGet(() -> SentenceBounds.split(text));
    List<TimeExpression> found = TimeTagger.forLanguage(meta.language())
        .tag(text, sentences, anchor(meta, text, fallback));
    return document.with(TimeKeys.TIMEXES, found);
  }

  /**
   * The anchor of an article: its publication date, else {@code fallback} (the caller's date),
   * else the latest complete date in its text, else {@code null}.
   */
  public static Anchor anchor(Metadata meta, String text, LocalDate fallback) {
    if (meta.published() != null) {
      return new Anchor(meta.published().date(), Anchor.Source.PUBLISHED);
    }
    if (fallback != null) {
      return new Anchor(fallback, Anchor.Source.CALLER);
    }
    LocalDate written = TimeTagger.latestWrittenDate(text);
    return written == null ? null : new Anchor(written, Anchor.Source.TEXT);
  }
}
