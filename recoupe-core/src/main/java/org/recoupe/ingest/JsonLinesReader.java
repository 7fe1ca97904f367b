package org.recoupe.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.recoupe.document.Format;
import org.recoupe.document.Metadata;
import org.recoupe.document.Published;

/**
 * JSON Lines: one article per line, an object with {@code url}, {@code title}, {@code text} or
 * {@code html}, {@code published}, {@code outlet}, {@code language} (other fields are ignored).
 * {@code html} is preferred when both are given. Each bad line is a problem of its own; the other
 * lines are still read. Lines are read one at a time.
 */
final class JsonLinesReader implements FormatReader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final int MAX_MESSAGE = 160;

  @Override
  public void read(InputFile file, IngestSink sink) throws IOException {
    try (InputStream in = file.open()) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      int lineNo = 1;
      int n;
      while ((n = in.read(buf)) > 0) {
        int start = 0;
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            line.write(buf, start, i - start);
            readLine(file, lineNo++, line.toByteArray(), sink);
            line.reset();
            start = i + 1;
          }
        }
        line.write(buf, start, n - start);
      }
      if (line.size() > 0) {
        readLine(file, lineNo, line.toByteArray(), sink);
      }
    }
  }

  private static void readLine(InputFile file, int lineNo, byte[] bytes, IngestSink sink) {
    String json = TextDecoder.decode(bytes, null).text();
    if (json.isBlank()) {
      return;
    }
    String where = "line " + lineNo;
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      if (message.length() > MAX_MESSAGE) {
        message = message.substring(0, MAX_MESSAGE) + "...";
      }
      sink.reject(file.problem(where, "invalid JSON at column " + e.getLocation().getColumnNr() + ": " + message));
      return;
    }
    if (!node.isObject()) {
      sink.reject(file.problem(where, "not a JSON object"));
      return;
    }
    for (String field : List.of("html", "text", "url", "title", "outlet", "language")) {
      JsonNode value = node.get(field);
      if (value != null && !value.isNull() && !value.isTextual()) {
        sink.reject(file.problem(where, "field '" + field + "' must be a string, not " + value.getNodeType()));
        return;
      }
    }
    String html = node.path("html").asText("");
    boolean isHtml = !html.isBlank();
    String content = TextDecoder.normalise(isHtml ? html : node.path("text").asText(""));
    if (content.isBlank()) {
      sink.reject(file.problem(where, "no article: the record has no non-empty 'text' or 'html' field"));
      return;
    }
    if (isHtml && !Markup.hasText(content)) {
      sink.reject(file.problem(where, "the 'html' field has no text"));
      return;
    }
    sink.accept(file.document("-l" + lineNo, where, isHtml ? Format.HTML : Format.TEXT, content, hints(node)));
  }

  private static Metadata hints(JsonNode node) {
    return new Hints()
        .title(node.path("title").asText(null))
        .url(node.path("url").asText(null))
        .outlet(node.path("outlet").asText(null))
        .language(node.path("language").asText(null))
        .published(published(node.get("published")))
        .build();
  }

  private static Published published(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return DateHints.ofEpoch(value.asLong(), "jsonl");
    }
    return value.isTextual() ? DateHints.parse(value.asText(), "jsonl") : null;
  }
}
