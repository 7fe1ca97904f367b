package org.recoupe.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.recoupe.brief.Answer;
import org.recoupe.brief.Passage;
import org.recoupe.brief.SummaryPoint;
import org.recoupe.claims.Amount;
import org.recoupe.claims.Argument;
import org.recoupe.claims.Attribution;
import org.recoupe.claims.Claim;
import org.recoupe.claims.Dispute;
import org.recoupe.claims.Predicate;
import org.recoupe.claims.Predicates;

/** The JSON of a story's claims, disputes and brief answers (see {@code docs/story-json.md}). */
final class ClaimJson {
  private ClaimJson() {}

  /** A claim: the chosen sentence, its support with each passage's attribution, and its structured fields. */
  static ObjectNode point(SummaryPoint p) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("text", p.passage().text());
    n.put("articleId", p.passage().articleId());
    Json.span(n, p.passage().span());
    n.put("origins", p.origins());
    n.put("singleSource", p.singleSource());
    Json.strings(n.putArray("articleIds"), p.articleIds());
    ArrayNode support = n.putArray("support");
    for (Passage s : p.support()) {
      ObjectNode sn = support.addObject();
      sn.put("articleId", s.articleId());
      Json.span(sn, s.span());
      sn.set("attribution", s.claim() == null ? null : attribution(s.claim().attribution()));
    }
    Claim c = p.claim();
    n.set("attribution", c == null ? null : attribution(c.attribution()));
    n.set("actor", argument(p, c == null ? null : c.actor(), Claim::actor));
    n.set("predicate", c == null ? null : predicate(c.predicate()));
    n.set("object", argument(p, c == null ? null : c.object(), Claim::object));
    if (c != null && c.when() != null) {
      ObjectNode w = n.putObject("when");
      w.put("value", c.when().value());
      w.put("text", c.when().text());
      w.put("articleId", from(p, c.when(), Claim::when));
      Json.span(w, c.when().span());
    } else {
      n.putNull("when");
    }
    n.set("where", argument(p, c == null ? null : c.where(), Claim::where));
    ArrayNode q = n.putArray("quantities");
    for (Amount a : c == null ? List.<Amount>of() : c.quantities()) {
      ObjectNode an = q.addObject();
      an.put("text", a.text());
      an.put("articleId", from(p, c.quantities(), Claim::quantities));
      Json.span(an, a.span());
      an.put("low", a.low());
      if (Double.isInfinite(a.high())) {
        an.putNull("high");
      } else {
        an.put("high", a.high());
      }
      an.put("unit", a.unit());
    }
    n.set("why", argument(p, c == null ? null : c.why(), Claim::why));
    n.set("how", argument(p, c == null ? null : c.how(), Claim::how));
    return n;
  }

  /**
   * The article a part of a point's claim comes from: the chosen sentence's, or that of the
   * supporting passage it was filled from.
   */
  private static <T> String from(SummaryPoint p, T part, Function<Claim, T> of) {
    for (Passage q : p.support()) {
      if (q.claim() != null && Objects.equals(of.apply(q.claim()), part)) {
        return q.articleId();
      }
    }
    return p.passage().articleId();
  }

  private static ObjectNode argument(SummaryPoint p, Argument a, Function<Claim, Argument> of) {
    ObjectNode n = argument(a);
    if (n != null) {
      n.put("articleId", from(p, a, of));
    }
    return n;
  }

  /** A brief answer with the passages it comes from. */
  static ObjectNode answer(Answer a) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("text", a.text());
    n.put("source", a.source());
    Json.strings(n.putArray("articleIds"), a.articleIds());
    ArrayNode passages = n.putArray("passages");
    for (Passage p : a.support()) {
      ObjectNode pn = passages.addObject();
      pn.put("articleId", p.articleId());
      Json.span(pn, p.span());
    }
    return n;
  }

  /** A dispute between parties. */
  static ObjectNode dispute(Dispute d) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("topic", d.topic());
    ArrayNode parties = n.putArray("parties");
    for (Dispute.Side s : d.sides()) {
      ObjectNode sn = parties.addObject();
      sn.put("stance", s.stance().name().toLowerCase(Locale.ROOT));
      sn.put("party", s.party());
      Json.strings(sn.putArray("entities"), s.names());
      sn.put("articleId", s.articleId());
      Json.span(sn, s.span());
      sn.put("text", s.text());
    }
    Json.strings(n.putArray("articleIds"), d.sides().stream().map(Dispute.Side::articleId).distinct().toList());
    return n;
  }

  private static ObjectNode attribution(Attribution a) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
    n.put("name", a.name());
    n.put("cue", a.cue());
    Json.strings(n.putArray("entities"), a.names());
    if (a.span() != null) {
      Json.span(n, a.span());
    }
    return n;
  }

  private static ObjectNode predicate(Predicate p) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("text", p.text());
    Json.span(n, p.span());
    n.put("lemma", p.lemma());
    n.put("family", p.family());
    n.put("tense", p.tense().name().toLowerCase(Locale.ROOT));
    n.put("negated", p.negated());
    n.put("passive", p.passive());
    return n;
  }

  private static ObjectNode argument(Argument a) {
    if (a == null) {
      return null;
    }
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("text", a.text());
    Json.span(n, a.span());
    Json.strings(n.putArray("entities"), a.names());
    Json.strings(n.putArray("kinds"), List.copyOf(Predicates.things(a.text())));
    return n;
  }
}
