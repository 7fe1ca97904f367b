package org.recoupe.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.recoupe.app.output.Json;
import picocli.CommandLine;

class SpeakerAgreementTest {
  private static JsonNode annotation(String firstSpeaker, String secondSpeaker) throws Exception {
    return Json.MAPPER.readTree("{\"documents\": [{\"source\": \"s\", \"quotes\": ["
        + quote(0, 5, firstSpeaker) + ", " + quote(10, 20, secondSpeaker) + "]}]}");
  }

  private static String quote(int start, int end, String speaker) {
    return "{\"start\": " + start + ", \"end\": " + end + ", \"speaker\": "
        + (speaker == null ? "null, \"mentions\": []" : "\"" + speaker + "\", \"mentions\": [\"" + speaker + "\"]") + "}";
  }

  private static boolean sameWords(String said, JsonNode mentions) {
    for (JsonNode m : mentions) {
      if (m.asText().equals(said)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void countsQuotationsWhoseSpeakersAgree() throws Exception {
    SpeakerAgreement.Result r = SpeakerAgreement.of(annotation("Paul Girard", "Claire Fabre"),
        annotation("Paul Girard", "Marc Lenoir"), SpeakerAgreementTest::sameWords);
    assertEquals(2, r.total());
    assertEquals(1, r.agreed());
    assertEquals(0.5, r.rate());
  }

  @Test
  void speakersLeftOutAreCountedApart() throws Exception {
    SpeakerAgreement.Result r = SpeakerAgreement.of(annotation("Paul Girard", null),
        annotation(null, null), SpeakerAgreementTest::sameWords);
    assertEquals(1, r.total());
    assertEquals(0, r.agreed());
    assertEquals(1, r.secondNull());
    assertEquals(1, r.referenceNull());
    assertEquals(1, r.bothNull());
  }

  @Test
  void aQuotationMissingFromTheSecondAnnotationIsAnError() throws Exception {
    JsonNode partial = Json.MAPPER.readTree("{\"documents\": [{\"source\": \"s\", \"quotes\": ["
        + quote(0, 5, "Paul Girard") + "]}]}");
    assertThrows(IllegalArgumentException.class,
        () -> SpeakerAgreement.of(annotation("Paul Girard", "Claire Fabre"), partial, SpeakerAgreementTest::sameWords));
  }

  @Test
  void theBundledSecondAnnotationCoversTheHeldOutSet() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new QuotesEval());
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute("--agreement", "--json"));
    JsonNode r = Json.MAPPER.readTree(out.toString());
    assertTrue(r.get("total").asInt() > 900, r.toString());
    assertTrue(r.get("speakerAgreement").asDouble() >= 0.95, r.toString());
  }
}
