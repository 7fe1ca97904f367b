package org.recoupe.app.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one Jackson configuration the app writes with: pretty, stable, UTF-8. */
public final class Json {
  private Json() {}

  /** Shared, thread-safe mapper. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
}
