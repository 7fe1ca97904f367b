package org.recoupe.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * How often two independent annotations of the same quotation spans name the same speaker: the
 * ceiling a speaker attributor can be held to. The second annotation is scored exactly as the
 * extractor is, its first mention standing for its answer against the reference's mentions.
 */
final class SpeakerAgreement {
  /** Reference quotations with a speaker, and those the second annotation gives the same one. */
  record Result(int total, int agreed, int secondNull, int bothNull, int referenceNull) {
    double rate() {
      return total == 0 ? 0 : (double) agreed / total;
    }
  }

  private SpeakerAgreement() {}

  /**
   * Compares {@code second} against {@code reference}, quotation by quotation (same source, same
   * offsets); {@code sameSpeaker} tells whether words name one of a list of mentions.
   */
  static Result of(JsonNode reference, JsonNode second, BiPredicate<String, JsonNode> sameSpeaker) {
    Map<String, JsonNode> answers = new HashMap<>();
    for (JsonNode doc : second.get("documents")) {
      for (JsonNode q : doc.get("quotes")) {
        answers.put(key(doc, q), q);
      }
    }
    int total = 0;
    int agreed = 0;
    int secondNull = 0;
    int bothNull = 0;
    int referenceNull = 0;
    for (JsonNode doc : reference.get("documents")) {
      for (JsonNode q : doc.get("quotes")) {
        JsonNode other = answers.get(key(doc, q));
        if (other == null) {
          throw new IllegalArgumentException("the second annotation lacks " + key(doc, q));
        }
        boolean otherNull = !other.hasNonNull("speaker") || other.get("mentions").isEmpty();
        if (!q.hasNonNull("speaker")) {
          referenceNull++;
          bothNull += otherNull ? 1 : 0;
          continue;
        }
        total++;
        if (otherNull) {
          secondNull++;
        } else if (sameSpeaker.test(other.get("mentions").get(0).asText(), q.get("mentions"))) {
          agreed++;
        }
      }
    }
    return new Result(total, agreed, secondNull, bothNull, referenceNull);
  }

  private static String key(JsonNode doc, JsonNode q) {
    return doc.get("source").asText() + "#" + q.get("start").asInt() + "-" + q.get("end").asInt();
  }
}
