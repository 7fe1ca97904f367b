package org.recoupe.ingest;

import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Document;

/** Keeps what ingestion reports, for assertions. */
final class CollectingSink implements IngestSink {
  final List<Document> documents = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  @Override
  public void accept(Document document) {
    documents.add(document);
  }

  @Override
  public void reject(Problem problem) {
    problems.add(problem);
  }

  /** The only problem; fails when there is not exactly one. */
  Problem onlyProblem() {
    if (problems.size() != 1) {
      throw new AssertionError("expected one problem, got " + problems);
    }
    return problems.get(0);
  }
}
