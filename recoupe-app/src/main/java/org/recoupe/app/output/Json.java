package org.recoupe.app.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.recoupe.document.Span;

/** The one Jackson configuration the app writes with: pretty, stable, UTF-8. */
public final class Json {
  private Json() {}

  /** Shared, thread-safe mapper. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Writes a span's offsets as {@code start} and {@code end} fields of {@code n}. */
  static void span(ObjectNode n, Span s) {
    n.put("start", s.start());
    n.put("end", s.end());
  }

  /** Appends {@code values} to {@code arr}, in order. */
  static void strings(ArrayNode arr, List<String> values) {
    values.forEach(arr::add);
  }
}
