package org.recoupe.ingest;

import java.io.IOException;
import org.recoupe.document.Format;
import org.recoupe.document.Metadata;

/** A plain-text file: one article, format {@link Format#TEXT}, no hints. */
final class TextFileReader implements FormatReader {
  @Override
  public void read(InputFile file, IngestSink sink) throws IOException {
    String text = TextDecoder.toText(file.readAll(), null);
    if (text.isBlank()) {
      sink.reject(file.problem(null, "no text (only white space)"));
      return;
    }
    sink.accept(file.document("", null, Format.TEXT, text, Metadata.EMPTY));
  }
}
