package org.recoupe.pipeline;

/** A stage failed on one document; the batch records it and goes on with the others. */
public final class StageException extends RuntimeException {
  private final String stage;
  private final String documentId;

  /** Wraps the stage's own failure. */
  public StageException(String stage, String documentId, Throwable cause) {
    super("stage '" + stage + "' failed on " + documentId + ": " + cause, cause);
    this.stage = stage;
    this.documentId = documentId;
  }

  /** The failing stage's name. */
  public String stage() {
    return stage;
  }

  /** The document it failed on. */
  public String documentId() {
    return documentId;
  }
}
