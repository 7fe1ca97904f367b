package org.recoupe.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code recoupe analyze} over one good and several bad files: the good one is written, each bad one is named. */
class AnalyzeBadInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path in;
  @TempDir Path out;

  @Test
  void writesTheGoodArticleAndNamesEveryBadFileWithItsReason() throws IOException {
    Files.writeString(in.resolve("good.txt"),
        "Le conseil municipal a voté mardi soir le budget de la piscine.\n\nLa maire s’est dite satisfaite.\n",
        StandardCharsets.UTF_8);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D});
    Files.write(in.resolve("cut.txt.gz"), Arrays.copyOf(gzip("Un article coupé en route. ".repeat(40)), 30));
    Files.writeString(in.resolve("broken.jsonl"), "{\"text\": \"pas fini\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("report.pdf"), "%PDF-1.4", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("blank.html"), "<html><body><img src=a.png></body></html>", StandardCharsets.UTF_8);

    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    CommandLine cli = RecoupeCli.newCommandLine();
    cli.setOut(new PrintWriter(stdout));
    cli.setErr(new PrintWriter(stderr));
    int code = cli.execute("analyze", in.toString(), "--out", out.toString(), "--threads", "1");

    assertEquals(1, code, stderr::toString);
    JsonNode article = JSON.readTree(out.resolve("articles/good.json").toFile());
    assertEquals("good", article.get("id").asText());
    assertEquals("text", article.at("/source/format").asText());
    assertTrue(article.at("/source/file").asText().endsWith("good.txt"));
    assertTrue(article.get("text").asText().contains("Le conseil municipal a voté mardi soir"), article::toString);

    JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
    assertEquals(1, run.get("analysed").asInt());
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("empty.txt", "empty file");
    expected.put("photo.txt", "binary content");
    expected.put("cut.txt.gz", "truncated gzip");
    expected.put("broken.jsonl", "invalid JSON");
    expected.put("report.pdf", "unsupported file type '.pdf'");
    expected.put("blank.html", "has no text");
    assertEquals(expected.size(), run.get("problems").size(), run::toString);
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String file = in.resolve(e.getKey()).toString();
      boolean found = false;
      for (JsonNode p : run.get("problems")) {
        if (p.get("file").asText().equals(file) && p.get("reason").asText().contains(e.getValue())) {
          found = true;
        }
      }
      assertTrue(found, () -> e.getKey() + " not reported with '" + e.getValue() + "' in " + run);
      assertTrue(stderr.toString().contains(file), () -> e.getKey() + " not named on stderr");
    }
    JsonNode jsonProblem = null;
    for (JsonNode p : run.get("problems")) {
      if (p.get("file").asText().endsWith("broken.jsonl")) {
        jsonProblem = p;
      }
    }
    assertEquals("line 1", jsonProblem.get("location").asText());
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
