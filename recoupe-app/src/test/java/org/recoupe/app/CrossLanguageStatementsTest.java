package org.recoupe.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoupe.app.output.Json;
import picocli.CommandLine;

/**
 * End to end across languages: {@code analyze} on the five French seeds (read from ../shared) and
 * an English report of the same summit written for this test puts the six articles in one story,
 * and the story lists Putin's treaty statement once, with its two French wordings and the English
 * one, and Kim's pledge of support with its English wording.
 */
class CrossLanguageStatementsTest {
  private static final String ENGLISH_REPORT = """
      Putin and Kim sign mutual defence pact in Pyongyang

      Published June 19, 2024

      Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a comprehensive strategic \
      partnership agreement on Wednesday during a summit in Pyongyang.

      "The comprehensive partnership agreement signed today provides, among other things, for mutual \
      assistance in the event of aggression against one of the parties to this agreement," Putin told \
      reporters after the talks, which lasted about two hours.

      Kim pledged his "full support and solidarity" to Russia's war in Ukraine, while Putin said Moscow was \
      fighting the "hegemonic and imperialist policy" of the United States and its allies.
      """;

  @Test
  void frenchAndEnglishWordingsOfOneStatementMeetInOneStory(@TempDir Path work) throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    Path seeds = Path.of(System.getProperty("recoupe.shared", "../shared"), "seeds");
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.toList()) {
        Files.copy(f, in.resolve(f.getFileName()));
      }
    }
    Files.writeString(in.resolve("en_summit.txt"), ENGLISH_REPORT, StandardCharsets.UTF_8);
    CommandLine cli = RecoupeCli.newCommandLine();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    Path out = work.resolve("out");
    assertEquals(0, cli.execute("analyze", in.toString(), "--out", out.toString(), "--threads", "2"), err::toString);
    JsonNode story = Json.MAPPER.readTree(out.resolve("stories/story-1/story.json").toFile());
    assertEquals(6, story.get("articles").size(), story.get("articles").toString());
    JsonNode treaty = statementWith(story, "assistance mutuelle");
    assertEquals(List.of("fr", "fr", "en"), languages(treaty), treaty.toString());
    assertTrue(languages(statementWith(story, "plein soutien")).contains("en"));
  }

  private static JsonNode statementWith(JsonNode story, String words) {
    for (JsonNode s : story.get("quotes")) {
      for (JsonNode w : s.get("wordings")) {
        if (w.get("text").asText().contains(words)) {
          return s;
        }
      }
    }
    throw new AssertionError("no statement with " + words);
  }

  private static List<String> languages(JsonNode statement) {
    List<String> out = new ArrayList<>();
    statement.get("wordings").forEach(w -> out.add(w.get("language").asText()));
    return out;
  }
}
