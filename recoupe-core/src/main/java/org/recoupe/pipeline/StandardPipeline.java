package org.recoupe.pipeline;

import java.util.List;
import java.util.Set;
import org.recoupe.clean.TextCleaning;
import org.recoupe.document.Keys;
import org.recoupe.meta.MetadataExtraction;
import org.recoupe.time.TimeStage;

/** The stages {@code recoupe analyze} runs, in order, with the embedded defaults. */
public final class StandardPipeline {
  private StandardPipeline() {}

  /** The document layer: cleaning, metadata, sentences, time expressions. */
  public static Pipeline documentLayer() {
    return Pipeline.of(
        Set.of(Keys.SOURCE, Keys.ORIGINAL, Keys.HINTS),
        List.of(new TextCleaning(), new MetadataExtraction(), new TimeStage()));
  }
}
