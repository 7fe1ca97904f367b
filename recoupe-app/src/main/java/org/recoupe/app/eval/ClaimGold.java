package org.recoupe.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-annotated claim set ({@code eval/claims/gold.txt}): items, each a sentence written for
 * the set (or an anchor into a seed) with the expected value of some claim fields.
 *
 * @param id the item's id ("fr-07")
 * @param language "fr" or "en"
 * @param seed the seed file the anchor points into, or null for a written sentence
 * @param text the sentence, or the first words of the seed's sentence
 * @param fields field → expected value ("-" for none)
 */
record ClaimGold(String id, String language, String seed, String text, Map<String, String> fields) {

  /** Whether the item belongs to the development part (odd number) rather than the held-out part. */
  boolean dev() {
    String digits = id.replaceAll("\\D", "");
    return !digits.isEmpty() && Integer.parseInt(digits) % 2 == 1;
  }

  /** Reads the items of {@code in}. */
  static List<ClaimGold> read(InputStream in) throws IOException {
    List<ClaimGold> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] head = null;
      String text = null;
      Map<String, String> fields = new LinkedHashMap<>();
      for (String line = r.readLine(); ; line = r.readLine()) {
        if (line == null || line.startsWith("=== ")) {
          if (head != null) {
            out.add(new ClaimGold(head[1], head[2], head.length > 3 ? head[3].substring(1) : null, text, fields));
          }
          if (line == null) {
            return out;
          }
          head = line.split(" ");
          text = null;
          fields = new LinkedHashMap<>();
        } else if (head != null && !line.isBlank() && !line.startsWith("#")) {
          if (text == null) {
            text = line.strip();
          } else {
            int colon = line.indexOf(':');
            fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
          }
        }
      }
    }
  }
}
