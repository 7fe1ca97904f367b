package org.recoupe.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Published;
import org.recoupe.document.Span;
import org.recoupe.pipeline.Pipeline;
import org.recoupe.pipeline.StandardPipeline;

/** Articles written for the claim tests, run through the whole per-article pipeline. */
final class Analyzed {
  private Analyzed() {}

  /** The whole pipeline after cleaning and metadata: the test texts are clean, their metadata given. */
  private static final Pipeline PIPELINE = Pipeline.of(Set.of(Keys.TEXT, Keys.PARAGRAPHS, Keys.METADATA),
      StandardPipeline.full().stages().stream().filter(s -> !s.name().equals("clean") && !s.name().equals("metadata"))
          .toList());
  /** The day the test articles are published (a Wednesday). */
  static final LocalDate DAY = LocalDate.of(2024, 6, 19);

  /** The analysed article {@code text} in {@code language}, published on {@link #DAY}. */
  static Document of(String text, String language) {
    return of(text, Metadata.EMPTY.withLanguage(language).withPublished(new Published(DAY, null, null, "test")));
  }

  /** The analysed article {@code text} (paragraphs separated by a blank line) with this metadata. */
  static Document of(String text, Metadata meta) {
    List<Span> paragraphs = new ArrayList<>();
    Matcher m = Pattern.compile("[^\\n]+").matcher(text);
    while (m.find()) {
      paragraphs.add(new Span(m.start(), m.end()));
    }
    Document d = Document.create("t").with(Keys.TEXT, text).with(Keys.PARAGRAPHS, List.copyOf(paragraphs))
        .with(Keys.METADATA, meta);
    return PIPELINE.apply(d);
  }

  /** The claims of the article. */
  static List<Claim> claims(String text, String language) {
    return of(text, language).get(ClaimKeys.CLAIMS);
  }

  /** The main claim of the only (or last) sentence of {@code text}. */
  static Claim last(String text, String language) {
    List<Claim> cs = claims(text, language);
    int sentence = cs.get(cs.size() - 1).sentence();
    return cs.stream().filter(c -> c.sentence() == sentence).findFirst().orElseThrow();
  }
}
