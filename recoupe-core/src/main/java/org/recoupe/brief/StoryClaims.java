package org.recoupe.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recoupe.claims.Argument;
import org.recoupe.claims.Claim;
import org.recoupe.claims.ClaimAlignment;
import org.recoupe.claims.ClaimExtractor;
import org.recoupe.claims.ClaimKeys;
import org.recoupe.claims.Countries;
import org.recoupe.claims.Dispute;
import org.recoupe.claims.Disputes;
import org.recoupe.document.Document;
import org.recoupe.entities.CanonicalEntity;
import org.recoupe.entities.EntityTable;
import org.recoupe.entities.LocalEntities;
import org.recoupe.time.TimeExpression;

/**
 * The structured claims of a story's articles with their entities resolved across the story, and
 * what the brief does with them: align passages ({@link ClaimAlignment}), fill a point's claim
 * from the passages that align with it, and find disputes. Built once per story; immutable.
 */
final class StoryClaims {
  private final ClaimAlignment alignment;
  private final Map<String, Map<Integer, List<Claim>>> bySentence = new HashMap<>();

  /**
   * The claims of {@code docs}: each article's {@link ClaimKeys#CLAIMS}, read again for the
   * articles in {@code reread} (whose dates were anchored anew), resolved through {@code table}.
   */
  StoryClaims(List<Document> docs, Set<String> reread, Map<String, LocalEntities> perArticle, EntityTable table) {
    this.alignment = new ClaimAlignment(countries(perArticle, table));
    ClaimExtractor extractor = new ClaimExtractor();
    for (Document d : docs) {
      List<Claim> claims = reread.contains(d.id()) || !d.has(ClaimKeys.CLAIMS) ? extractor.extract(d)
          : d.get(ClaimKeys.CLAIMS);
      Map<Integer, List<Claim>> sentences = new LinkedHashMap<>();
      for (Claim c : claims) {
        Claim resolved = c.resolve(local -> table.of(d.id(), local).map(e -> new Claim.Named(e.id(), e.name())));
        sentences.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(resolved);
      }
      bySentence.put(d.id(), sentences);
    }
  }

  /** For each canonical entity, the countries it stands for (its own, its capital's, its leader roles'). */
  private static Map<Integer, Set<String>> countries(Map<String, LocalEntities> perArticle, EntityTable table) {
    Map<Integer, Set<String>> out = new HashMap<>();
    for (CanonicalEntity e : table.entities()) {
      List<String> roleKeys = new ArrayList<>();
      e.locals().forEach((article, ids) -> ids.forEach(
          id -> roleKeys.addAll(perArticle.get(article).entities().get(id).roleKeys())));
      java.util.Set<String> codes = new java.util.HashSet<>(Countries.of(e.name(), roleKeys));
      e.variants().forEach(v -> codes.addAll(Countries.of(v, List.of())));
      if (!codes.isEmpty()) {
        out.put(e.id(), Set.copyOf(codes));
      }
    }
    return out;
  }

  ClaimAlignment alignment() {
    return alignment;
  }

  /** The main claim of sentence {@code index} of {@code articleId}, or null. */
  Claim main(String articleId, int index) {
    List<Claim> cs = all(articleId, index);
    return cs.isEmpty() ? null : cs.get(0);
  }

  /** Every claim of sentence {@code index} of {@code articleId} (main clause first). */
  List<Claim> all(String articleId, int index) {
    return bySentence.getOrDefault(articleId, Map.of()).getOrDefault(index, List.of());
  }

  /** Whether two passages' main claims state the same thing. */
  boolean same(Passage a, Passage b) {
    return a.claim() != null && b.claim() != null && alignment.same(a.claim(), b.claim());
  }

  /**
   * {@code p} with its claim completed from the passages of its support whose claims align with
   * it: the actor when its own names nobody, and any missing object, date, place, amounts, reason
   * or means. The date is the one most aligned passages give when the chosen one gives none.
   */
  SummaryPoint complete(SummaryPoint p) {
    Claim base = p.passage().claim();
    if (base == null) {
      return p;
    }
    List<Claim> aligned = p.support().stream().skip(1).map(Passage::claim)
        .filter(c -> c != null && alignment.same(base, c)).toList();
    Argument actor = base.actor();
    if (actor == null || actor.entities().isEmpty()) {
      actor = aligned.stream().map(Claim::actor).filter(a -> a != null && !a.entities().isEmpty()).findFirst().orElse(actor);
    }
    TimeExpression when = base.when() != null ? base.when() : commonest(aligned);
    Claim filled = new Claim(base.sentence(), base.span(), base.predicate(), actor,
        first(base.object(), aligned, Claim::object), when, first(base.where(), aligned, Claim::where),
        !base.quantities().isEmpty() ? base.quantities()
            : aligned.stream().map(Claim::quantities).filter(q -> !q.isEmpty()).findFirst().orElse(List.of()),
        base.attribution(), first(base.why(), aligned, Claim::why), first(base.how(), aligned, Claim::how));
    return new SummaryPoint(p.passage(), p.support(), p.origins(), filled);
  }

  private static Argument first(Argument own, List<Claim> aligned, java.util.function.Function<Claim, Argument> part) {
    return own != null ? own : aligned.stream().map(part).filter(a -> a != null).findFirst().orElse(null);
  }

  private static TimeExpression commonest(List<Claim> aligned) {
    Map<String, Integer> votes = new HashMap<>();
    Map<String, TimeExpression> first = new HashMap<>();
    for (Claim c : aligned) {
      if (c.when() != null) {
        votes.merge(c.when().value(), 1, Integer::sum);
        first.putIfAbsent(c.when().value(), c.when());
      }
    }
    Optional<String> best = votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(Map.Entry::getKey);
    return best.map(first::get).orElse(null);
  }

  /** The disputes among every claim of {@code passages}. */
  List<Dispute> disputes(List<Passage> passages) {
    List<Disputes.Item> items = new ArrayList<>();
    for (Passage p : passages) {
      for (Claim c : all(p.articleId(), p.index())) {
        items.add(new Disputes.Item(p.articleId(), p.text(), c));
      }
    }
    return Disputes.find(items, alignment);
  }
}
