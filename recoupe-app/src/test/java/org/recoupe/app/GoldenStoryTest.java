package org.recoupe.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoupe.app.output.Json;

/**
 * Golden-file test of the whole output: `analyze` on three short articles written for this test
 * (one local event, two outlets disagreeing on a cost, one on the weekday) must produce exactly the
 * recorded brief and story JSON. After an intended change, rerun with -Drecoupe.golden.update=true
 * and review the diff of the golden files.
 */
class GoldenStoryTest {
  private static final Path GOLDEN = Path.of("src/test/resources/org/recoupe/app/golden");

  @Test
  void briefAndStoryJsonMatchTheGoldenFiles(@TempDir Path out) throws IOException, URISyntaxException {
    Path corpus = Path.of(GoldenStoryTest.class.getResource("golden/corpus").toURI());
    int code = RecoupeCli.newCommandLine().execute("analyze", corpus.toString(), "--out", out.toString(), "--threads", "1");
    assertEquals(0, code);
    Path story = out.resolve("stories/story-1");
    String md = Files.readString(story.resolve("story.md"), StandardCharsets.UTF_8);
    JsonNode json = Json.MAPPER.readTree(story.resolve("story.json").toFile());
    for (JsonNode a : json.get("articles")) {
      ((ObjectNode) a).remove("file");
    }
    String jsonText = Json.MAPPER.writeValueAsString(json) + "\n";
    if (Boolean.getBoolean("recoupe.golden.update")) {
      Files.writeString(GOLDEN.resolve("story-1.md"), md, StandardCharsets.UTF_8);
      Files.writeString(GOLDEN.resolve("story-1.json"), jsonText, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN.resolve("story-1.md"), StandardCharsets.UTF_8), md);
    assertEquals(Files.readString(GOLDEN.resolve("story-1.json"), StandardCharsets.UTF_8), jsonText);
    assertTrue(md.contains("42") && md.contains("45"), "the cost disagreement is in the brief");
  }
}
