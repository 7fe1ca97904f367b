package org.recoupe.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoupe.app.output.Json;
import picocli.CommandLine;

class QuotesEvalTest {
  @Test
  void speakersAreTalliedByWayOfAttribution(@TempDir Path dir) throws Exception {
    JsonNode dev;
    try (InputStream in = QuotesEval.class.getResourceAsStream("quotes/gold.json")) {
      dev = Json.MAPPER.readTree(in);
    }
    ObjectNode seeds = Json.MAPPER.createObjectNode().put("schema", dev.get("schema").asText());
    ArrayNode docs = seeds.putArray("documents");
    dev.get("documents").forEach(d -> {
      if (d.get("source").asText().startsWith("shared:seeds/")) {
        docs.add(d);
      }
    });
    Path gold = dir.resolve("seeds.json");
    Files.writeString(gold, Json.MAPPER.writeValueAsString(seeds));
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new QuotesEval());
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute("--gold", gold.toString(), "--json"));
    JsonNode all = Json.MAPPER.readTree(out.toString()).get("all");
    int total = 0;
    int correct = 0;
    for (JsonNode way : all.get("speakersByAttribution")) {
      total += way.get("total").asInt();
      correct += way.get("correct").asInt();
    }
    assertTrue(all.get("speakersByAttribution").has("AFTER_QUOTE"), all.toString());
    assertEquals(all.get("speakerTotal").asInt(), total);
    assertEquals(all.get("speakerCorrect").asInt(), correct);
    assertTrue(total > 20, "speakers scored on the seeds: " + total);
  }

  @Test
  void aNameInsideALongerMentionDesignatesTheSameOne() {
    assertTrue(QuotesEval.standsFor("le ministre de la sante roman prymula", "roman prymula"));
    assertTrue(QuotesEval.standsFor("m. poutine a declare", "m. poutine"));
  }

  @Test
  void theComplementOfAPrepositionIsSomeoneElse() {
    assertFalse(QuotesEval.standsFor("un proche d'edouard philippe", "edouard philippe"));
    assertFalse(QuotesEval.standsFor("l'entourage de la ministre", "la ministre"));
    assertFalse(QuotesEval.standsFor("scooter braun's company", "scooter braun"));
  }

  @Test
  void aDocumentOfSomeoneGivesTheirWords() {
    assertTrue(QuotesEval.standsFor("un communique de l'elysee", "l'elysee"));
    assertTrue(QuotesEval.standsFor("a statement of the ministry", "the ministry"));
  }

  @Test
  void onlyWholeWordsCount() {
    assertFalse(QuotesEval.standsFor("the kimberley process", "kim"));
  }
}
