package org.recoupe.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The hand-written gold clustering of {@code recoupe eval entities}: per article file name, which
 * mention texts belong to which actor ("-" for texts that must not be actors).
 */
final class EntityGold {
  /** The actor id of texts that must be no actor. */
  static final String NONE = "-";

  private final Map<String, Map<String, String>> actors;

  private EntityGold(Map<String, Map<String, String>> actors) {
    this.actors = actors;
  }

  /** Reads the bundled gold file. */
  static EntityGold bundled() {
    try (InputStream in = EntityGold.class.getResourceAsStream("entities/gold.txt")) {
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EntityGold read(BufferedReader reader) throws IOException {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (l.startsWith("[") && l.endsWith("]")) {
        current = new LinkedHashMap<>();
        out.put(l.substring(1, l.length() - 1), current);
        continue;
      }
      String[] fields = l.split("\t");
      if (current == null || fields.length != 3) {
        throw new IllegalArgumentException("bad gold line: " + line);
      }
      for (String surface : fields[2].split("\\|")) {
        String previous = current.put(normalise(surface), fields[0]);
        if (previous != null && !previous.equals(fields[0])) {
          throw new IllegalArgumentException("surface given twice: " + surface);
        }
      }
    }
    return new EntityGold(out);
  }

  /** The article file names the gold covers, in order. */
  Iterable<String> articles() {
    return actors.keySet();
  }

  /** Surface (normalised) → actor id, for one article. */
  Map<String, String> of(String article) {
    return actors.getOrDefault(article, new HashMap<>());
  }

  /** Lower case, one plain space, straight apostrophes. */
  static String normalise(String surface) {
    return surface.replace('’', '\'').replaceAll("[\\s\\u00a0\\u202f]+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
