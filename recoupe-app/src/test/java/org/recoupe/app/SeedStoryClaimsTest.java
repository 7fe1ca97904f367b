package org.recoupe.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoupe.app.output.Json;
import picocli.CommandLine;

/**
 * The seeds' story (read from ../shared at test time) as {@code analyze} writes it: the treaty
 * signing is one structured claim backed by at least three origins; the brief says who, what,
 * when, where, why and how with citations; the disagreements are the two real ones and nothing
 * else; and the arms-supply accusations against their denial are a dispute between parties.
 */
class SeedStoryClaimsTest {
  @TempDir static Path out;
  private static JsonNode story;

  @BeforeAll
  static void analyse() throws IOException {
    Path seeds = Path.of(System.getProperty("recoupe.shared", "../shared"), "seeds");
    StringWriter err = new StringWriter();
    CommandLine cli = RecoupeCli.newCommandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    assertEquals(0, cli.execute("analyze", seeds.toString(), "--out", out.toString(), "--threads", "2"), err::toString);
    story = Json.MAPPER.readTree(Files.readString(out.resolve("stories/story-1/story.json")));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void theTreatySigningIsOneStructuredClaimOfThreeOrigins() {
    assertEquals("recoupe.story/2", story.get("schema").asText());
    JsonNode signing = null;
    for (JsonNode c : story.get("claims")) {
      if (!c.get("predicate").isNull() && c.at("/predicate/family").asText().equals("sign")
          && texts(c.at("/actor/entities")).containsAll(List.of("Vladimir Poutine", "Kim Jong-un"))) {
        signing = c;
        break;
      }
    }
    assertNotNull(signing, "a claim: Putin and Kim sign");
    assertTrue(texts(signing.at("/object/kinds")).contains("treaty"), signing.get("object")::toString);
    assertEquals("2024-06-19", signing.at("/when/value").asText());
    assertTrue(texts(signing.at("/where/entities")).contains("Pyongyang"), signing.get("where")::toString);
    assertTrue(signing.get("origins").asInt() >= 3, signing::toString);
    assertFalse(signing.get("singleSource").asBoolean());
    for (JsonNode s : signing.get("support")) {
      assertTrue(s.has("attribution"), s::toString);
    }
  }

  @Test
  void theBriefSaysWhoWhatWhenWhereWhyAndHowWithCitations() {
    JsonNode w = story.at("/brief/fiveW");
    assertEquals("Vladimir Poutine, Kim Jong-un", w.at("/who/text").asText());
    assertEquals("Wednesday 2024-06-19", w.at("/when/text").asText());
    assertEquals("Pyongyang", w.at("/where/text").asText());
    assertTrue(w.at("/what/text").asText().contains("signé"), w::toString);
    assertTrue(w.at("/why/text").asText().contains("renforcer"), w::toString);
    assertTrue(w.at("/how/text").asText().contains("sommet"), w::toString);
    for (String k : List.of("who", "what", "when", "where", "why", "how")) {
      assertFalse(w.get(k).get("passages").isEmpty(), () -> k + " cites nothing");
    }
    StringBuilder summary = new StringBuilder();
    for (JsonNode p : story.at("/brief/summary")) {
      assertFalse(p.get("articleIds").isEmpty(), p::toString);
      summary.append(p.get("text").asText()).append('\n');
    }
    for (String words : List.of("signé", "partenariat", "global", "assistance mutuelle", "Pyongyang")) {
      assertTrue(summary.toString().contains(words), () -> "the summary does not say «" + words + "»: " + summary);
    }
  }

  @Test
  void theDisagreementsAreTheDateAndTheVisitCountAndNothingElse() {
    Set<String> kinds = new TreeSet<>();
    List<String> values = new ArrayList<>();
    for (JsonNode c : story.get("conflicts")) {
      kinds.add(c.get("kind").asText());
      c.get("sides").forEach(s -> values.add(s.get("value").asText()));
    }
    assertEquals(Set.of("weekday", "date", "ordinal_count"), kinds, story.get("conflicts")::toString);
    assertEquals(3, story.get("conflicts").size(), story.get("conflicts")::toString);
    assertTrue(values.containsAll(List.of("2024-06-19", "2024-06-18", "3ème visite", "première visite")), values::toString);
  }

  @Test
  void theArmsAccusationsAndTheirDenialAreADisputeNotADisagreement() {
    assertEquals(1, story.get("disputes").size(), story.get("disputes")::toString);
    JsonNode d = story.get("disputes").get(0);
    List<String> stances = new ArrayList<>();
    d.get("parties").forEach(p -> stances.add(p.get("stance").asText()));
    assertEquals("denies", stances.get(stances.size() - 1));
    assertTrue(stances.subList(0, stances.size() - 1).stream().allMatch("alleges"::equals), stances::toString);
    JsonNode denial = d.get("parties").get(stances.size() - 1);
    assertTrue(texts(denial.get("entities")).contains("Russie"), denial::toString);
  }
}
