package org.recoupe.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.recoupe.quotes.Features.Gender;

/**
 * The usual gender of common given names (resource {@code first-names.txt}, written for Recoupe);
 * names given to both genders are not listed. Lookups are accent- and case-insensitive; a
 * hyphenated name not listed whole is looked up by its first part ("Marie-Pierre" → Marie).
 */
final class GivenNames {
  private GivenNames() {}

  private static final Map<String, Gender> NAMES = load();

  private static Map<String, Gender> load() {
    Map<String, Gender> m = new HashMap<>();
    try (InputStream in = GivenNames.class.getResourceAsStream("first-names.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.trim().split("\\s+");
        Gender g = parts[0].equals("f") ? Gender.FEMININE : Gender.MASCULINE;
        for (int i = 1; i < parts.length; i++) {
          m.put(ReportingLexicon.fold(parts[i]), g);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }

  /** The gender of the given name {@code word}, or {@code null} if it is not a listed name. */
  static Gender of(String word) {
    return word.isEmpty() || !Character.isUpperCase(word.charAt(0)) ? null : folded(ReportingLexicon.fold(word));
  }

  /** The gender of the given name that {@code w} is, or {@code null}. */
  static Gender of(Word w) {
    return w.text().isEmpty() || !Character.isUpperCase(w.text().charAt(0)) ? null : folded(w.folded());
  }

  private static Gender folded(String folded) {
    Gender g = NAMES.get(folded);
    int hyphen = folded.indexOf('-');
    return g != null || hyphen <= 0 ? g : NAMES.get(folded.substring(0, hyphen));
  }
}
