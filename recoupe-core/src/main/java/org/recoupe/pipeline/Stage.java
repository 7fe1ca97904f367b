package org.recoupe.pipeline;

import java.util.Set;
import org.recoupe.document.Document;
import org.recoupe.document.Key;

/**
 * One step of the analysis, in the manner of a CoreNLP annotator or a Lucene token filter: a pure
 * function from a document to a document with more annotations. A stage says which keys it reads
 * and which it adds, so that a {@link Pipeline} can check the order when it is built. Stages must
 * be thread-safe and must never mutate their input.
 */
public interface Stage {
  /** A short name for logs and errors. */
  String name();

  /** The keys this stage reads; they must be provided by ingestion or an earlier stage. */
  Set<Key<?>> requires();

  /** The keys this stage adds (or replaces). */
  Set<Key<?>> provides();

  /** Analyses {@code document} and returns it with the provided keys set. */
  Document apply(Document document);
}
