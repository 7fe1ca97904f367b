package org.recoupe.ingest;

import java.io.IOException;
import org.recoupe.document.Format;
import org.recoupe.document.Metadata;

/**
 * An HTML (or XHTML) page: one article, format {@link Format#HTML}. The page's own {@code <meta
 * charset>} (or XML declaration) is honoured when the bytes are not UTF-8 and decode cleanly with it.
 */
final class HtmlFileReader implements FormatReader {
  @Override
  public void read(InputFile file, IngestSink sink) throws IOException {
    byte[] bytes = file.readAll();
    String declared = DeclaredCharset.inHtml(bytes);
    String html = TextDecoder.toText(bytes, declared != null ? declared : DeclaredCharset.inXml(bytes));
    if (!Markup.hasText(html)) {
      sink.reject(file.problem(null, "the HTML page has no text"));
      return;
    }
    sink.accept(file.document("", null, Format.HTML, html, Metadata.EMPTY));
  }
}
