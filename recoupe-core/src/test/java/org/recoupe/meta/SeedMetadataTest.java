package org.recoupe.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.ingest.IngestOptions;
import org.recoupe.ingest.IngestSink;
import org.recoupe.ingest.Ingestor;
import org.recoupe.ingest.Problem;
import org.recoupe.pipeline.Pipeline;
import org.recoupe.pipeline.StandardPipeline;

/** The demo corpus (../shared/seeds) through the real ingestion and document layer. */
class SeedMetadataTest {
  private static final Map<String, Metadata> BY_SEED = new TreeMap<>();

  @BeforeAll
  static void analyseSeeds() {
    Path seeds = Path.of(System.getProperty("recoupe.shared"), "seeds");
    Pipeline pipeline = StandardPipeline.documentLayer();
    List<Problem> problems = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS).ingest(List.of(seeds), new IngestSink() {
      @Override
      public void accept(Document document) {
        String file = document.get(Keys.SOURCE).file();
        String seed = Path.of(file).getFileName().toString().substring(0, 3);
        BY_SEED.put(seed, pipeline.apply(document).get(Keys.METADATA));
      }

      @Override
      public void reject(Problem problem) {
        problems.add(problem);
      }
    });
    assertTrue(problems.isEmpty(), problems::toString);
  }

  @Test
  void seed002HasItsBylineDateAndSite() {
    Metadata m = BY_SEED.get("002");
    assertNotNull(m);
    assertEquals(List.of("Jérôme Nelra"), m.authors());
    assertNotNull(m.published());
    assertEquals("2024-06-19T16:00", m.published().iso());
    assertEquals("24matins", m.outlet());
    assertEquals("Poutine et Kim Jong-un signent un nouveau chapitre de partenariat stratégique", m.title());
    assertTrue(m.agencies().isEmpty(), m.agencies()::toString);
  }

  @Test
  void seed000IsLeMondeWithAfp() {
    Metadata m = BY_SEED.get("000");
    assertNotNull(m);
    assertEquals("Le Monde", m.outlet());
    assertEquals(List.of("AFP"), m.agencies(), "TASS is only cited in the body, not credited");
    assertTrue(m.authors().isEmpty(), m.authors()::toString);
  }

  @Test
  void everySeedIsFrench() {
    assertEquals(5, BY_SEED.size());
    BY_SEED.forEach((seed, m) -> assertEquals("fr", m.language(), seed));
  }

  @Test
  void agenciesCitedInTheBodyAreNotCredits() {
    for (String seed : List.of("001", "003", "004")) {
      assertTrue(BY_SEED.get(seed).agencies().isEmpty(), seed + ": " + BY_SEED.get(seed).agencies());
    }
  }
}
