package org.recoupe.pipeline;

import java.util.List;
import java.util.Set;
import org.recoupe.clean.TextCleaning;
import org.recoupe.corenlp.Segmentation;
import org.recoupe.document.Keys;
import org.recoupe.meta.MetadataExtraction;
import org.recoupe.quotes.QuoteExtraction;
import org.recoupe.time.TimeStage;

/** The stages {@code recoupe analyze} runs, in order, with the embedded defaults. */
public final class StandardPipeline {
  private StandardPipeline() {}

  /** The document layer: cleaning, metadata, sentences, time expressions. */
  public static Pipeline documentLayer() {
    return Pipeline.of(
        Set.of(Keys.SOURCE, Keys.ORIGINAL, Keys.HINTS),
        List.of(new TextCleaning(), new MetadataExtraction(), new Segmentation()));
  }

  /**
   * Everything {@code recoupe analyze} does to one article: the document layer, then time
   * expressions and quotations.
   */
  public static Pipeline analysis() {
    List<Stage> stages = new java.util.ArrayList<>(documentLayer().stages());
    stages.add(new TimeStage());
    stages.add(new QuoteExtraction());
    return Pipeline.of(documentLayer().initialKeys(), stages);
  }
}
