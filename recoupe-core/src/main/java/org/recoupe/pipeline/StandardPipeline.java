package org.recoupe.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recoupe.claims.ClaimExtraction;
import org.recoupe.clean.TextCleaning;
import org.recoupe.corenlp.CoreNlpNer;
import org.recoupe.corenlp.Segmentation;
import org.recoupe.document.Key;
import org.recoupe.document.Keys;
import org.recoupe.entities.EntityLinking;
import org.recoupe.entities.MentionRecognition;
import org.recoupe.meta.MetadataExtraction;
import org.recoupe.quotes.QuoteExtraction;
import org.recoupe.time.TimeStage;

/** The stages {@code recoupe analyze} runs, in order, with the embedded defaults. */
public final class StandardPipeline {
  private StandardPipeline() {}

  /** The document layer: cleaning, metadata, sentences. */
  public static Pipeline documentLayer() {
    return Pipeline.of(initialKeys(), documentStages());
  }

  /**
   * Everything {@code recoupe analyze} runs on one article: the document layer, then time
   * expressions, quotations, mentions, entities and claims.
   */
  public static Pipeline full() {
    List<Stage> stages = new ArrayList<>(documentStages());
    stages.add(new TimeStage());
    stages.add(new QuoteExtraction());
    stages.add(new MentionRecognition(CoreNlpNer.get()));
    stages.add(new EntityLinking());
    stages.add(new ClaimExtraction());
    return Pipeline.of(initialKeys(), stages);
  }

  private static Set<Key<?>> initialKeys() {
    return Set.of(Keys.SOURCE, Keys.ORIGINAL, Keys.HINTS);
  }

  private static List<Stage> documentStages() {
    return List.of(new TextCleaning(), new MetadataExtraction(), new Segmentation());
  }
}
