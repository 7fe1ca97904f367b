package org.recoupe.app.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.entities.CanonicalEntity;
import org.recoupe.entities.EntityKeys;
import org.recoupe.entities.EntityMerging;
import org.recoupe.entities.EntityTable;
import org.recoupe.entities.EntityType;
import org.recoupe.entities.LinkedMention;
import org.recoupe.entities.LocalEntities;
import org.recoupe.ingest.IngestOptions;
import org.recoupe.ingest.IngestSink;
import org.recoupe.ingest.Ingestor;
import org.recoupe.ingest.Problem;
import org.recoupe.pipeline.Pipeline;
import org.recoupe.pipeline.StandardPipeline;

/**
 * Runs the standard pipeline and {@link EntityMerging} on the seeds plus the bundled English
 * article, and scores the merged mentions against {@link EntityGold}: pairwise precision and recall
 * over mentions, within articles and across the whole set.
 */
final class EntityMergingEval {
  /** The bundled articles written for this evaluation. */
  static final List<String> BUNDLED = List.of("en-summit.txt");

  /** Pair counts of one clustering against the gold. */
  record Pairs(long truePositives, long falsePositives, long falseNegatives) {
    double precision() {
      return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * What the evaluation found.
   *
   * @param articles articles read
   * @param labelled mentions whose text the gold lists under an actor
   * @param unlisted mentions whose text the gold does not list (not scored)
   * @param spurious mentions typed person or organisation whose text the gold says is no actor
   * @param missing gold texts no mention has, as "article: text"
   * @param across pairwise scores over all labelled mentions of the set
   * @param within pairwise scores counting only pairs of the same article, local entities
   * @param splitActors gold actors spread over more than one canonical entity, with their pieces
   * @param mergeMillis time spent in {@link EntityMerging#merge}
   * @param table the merged entities
   */
  record Result(int articles, int labelled, int unlisted, List<String> spurious, List<String> missing, Pairs across,
      Pairs within, Map<String, List<String>> splitActors, double mergeMillis, EntityTable table) {}

  private EntityMergingEval() {}

  /** Evaluates on the seeds in {@code seeds} and the bundled articles. */
  static Result run(Path seeds) throws IOException {
    EntityGold gold = EntityGold.bundled();
    Path bundled = Files.createTempDirectory("recoupe-entities-eval");
    try {
      for (String name : BUNDLED) {
        try (InputStream in = EntityMergingEval.class.getResourceAsStream("entities/" + name)) {
          Files.copy(in, bundled.resolve(name));
        }
      }
      List<Document> docs = new ArrayList<>();
      new Ingestor(IngestOptions.DEFAULTS).ingest(List.of(seeds, bundled), new IngestSink() {
        @Override
        public void accept(Document document) {
          docs.add(document);
        }

        @Override
        public void reject(Problem problem) {
          throw new IllegalStateException("cannot read " + problem.file() + ": " + problem.reason());
        }
      });
      Pipeline pipeline = StandardPipeline.full();
      Map<String, LocalEntities> local = new TreeMap<>();
      Map<String, String> fileOf = new HashMap<>();
      for (Document d : docs) {
        Document done = pipeline.apply(d);
        local.put(done.id(), done.get(EntityKeys.ENTITIES));
        fileOf.put(done.id(), Path.of(done.get(Keys.SOURCE).file()).getFileName().toString());
      }
      long start = System.nanoTime();
      EntityTable table = EntityMerging.merge(local);
      double mergeMillis = (System.nanoTime() - start) / 1e6;
      return score(gold, local, fileOf, table, mergeMillis);
    } finally {
      for (String name : BUNDLED) {
        Files.deleteIfExists(bundled.resolve(name));
      }
      Files.deleteIfExists(bundled);
    }
  }

  private static Result score(EntityGold gold, Map<String, LocalEntities> local, Map<String, String> fileOf,
      EntityTable table, double mergeMillis) {
    Map<String, Map<Integer, Integer>> canonicalOf = new HashMap<>();
    for (CanonicalEntity e : table.entities()) {
      e.mentions().forEach((article, ids) -> ids.forEach(
          i -> canonicalOf.computeIfAbsent(article, k -> new HashMap<>()).put(i, e.id())));
    }
    Map<String, Long> acrossCells = new HashMap<>();
    Map<String, Long> acrossGold = new HashMap<>();
    Map<Integer, Long> acrossPredicted = new HashMap<>();
    Map<String, Long> withinCells = new HashMap<>();
    Map<String, Long> withinGold = new HashMap<>();
    Map<String, Long> withinPredicted = new HashMap<>();
    Map<String, Set<String>> pieces = new LinkedHashMap<>();
    List<String> spurious = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int labelled = 0;
    int unlisted = 0;
    for (Map.Entry<String, LocalEntities> a : local.entrySet()) {
      String article = a.getKey();
      String file = fileOf.get(article);
      Map<String, String> surfaces = gold.of(file);
      Set<String> seen = new HashSet<>();
      List<LinkedMention> mentions = a.getValue().mentions();
      for (int i = 0; i < mentions.size(); i++) {
        LinkedMention m = mentions.get(i);
        String text = EntityGold.normalise(m.mention().text());
        seen.add(text);
        String actor = surfaces.get(text);
        if (actor == null) {
          unlisted++;
          continue;
        }
        if (actor.equals(EntityGold.NONE)) {
          EntityType type = a.getValue().entityOf(i).type();
          if (type == EntityType.PER || type == EntityType.ORG) {
            spurious.add(file + ": " + m.mention().text() + " (" + type + ")");
          }
          continue;
        }
        labelled++;
        int canonical = canonicalOf.get(article).get(i);
        acrossCells.merge(actor + "\u0000" + canonical, 1L, Long::sum);
        acrossGold.merge(actor, 1L, Long::sum);
        acrossPredicted.merge(canonical, 1L, Long::sum);
        withinCells.merge(article + "\u0000" + actor + "\u0000" + m.entity(), 1L, Long::sum);
        withinGold.merge(article + "\u0000" + actor, 1L, Long::sum);
        withinPredicted.merge(article + "\u0000" + m.entity(), 1L, Long::sum);
        pieces.computeIfAbsent(actor, k -> new TreeSet<>())
            .add(table.entities().get(canonical).name() + " #" + canonical);
      }
      surfaces.forEach((surface, actor) -> {
        if (!actor.equals(EntityGold.NONE) && !seen.contains(surface)) {
          missing.add(file + ": " + surface);
        }
      });
    }
    Map<String, List<String>> split = new LinkedHashMap<>();
    pieces.forEach((actor, names) -> {
      if (names.size() > 1) {
        split.put(actor, List.copyOf(names));
      }
    });
    return new Result(local.size(), labelled, unlisted, spurious, missing,
        pairs(acrossCells, acrossGold, acrossPredicted), pairs(withinCells, withinGold, withinPredicted), split,
        mergeMillis, table);
  }

  private static Pairs pairs(Map<String, Long> cells, Map<String, Long> gold, Map<?, Long> predicted) {
    long tp = cells.values().stream().mapToLong(EntityMergingEval::choose2).sum();
    long goldPairs = gold.values().stream().mapToLong(EntityMergingEval::choose2).sum();
    long predictedPairs = predicted.values().stream().mapToLong(EntityMergingEval::choose2).sum();
    return new Pairs(tp, predictedPairs - tp, goldPairs - tp);
  }

  private static long choose2(long n) {
    return n * (n - 1) / 2;
  }
}
