package org.recoupe.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the disputes of a story among its resolved claims: a denial ("nier", "démentir",
 * "rejeter", "deny", "refuser" + a noun) by a party, against the allegations about that same party
 * on the same topic — an accusation ("X accuse Y de ...": Y is the accused) or a claim about the
 * party that the article attributes to a source ("selon les Occidentaux, Y livre des munitions",
 * "US officials said Y supplied ..."). Same party: a shared entity or country. Same act: the
 * denial's noun ("les transferts d'armes", "toute livraison") names the act the allegation's verb
 * says ({@link Predicates#acts}: transfert, livraison → supply); a denial with no such noun needs a
 * shared kind of thing ({@link Predicates#thing}: weapons...). A plain function; thread-safe.
 */
public final class Disputes {
  private Disputes() {}

  /**
   * A claim with where it comes from.
   *
   * @param articleId the article
   * @param text the sentence
   * @param claim its resolved claim
   */
  public record Item(String articleId, String text, Claim claim) {}

  /** The disputes among {@code items}, one per denial that some allegation answers. */
  public static List<Dispute> find(List<Item> items, ClaimAlignment parties) {
    List<Dispute> out = new ArrayList<>();
    for (Item d : items) {
      if (!denial(d.claim()) || d.claim().actor() == null || d.claim().actor().entities().isEmpty()) {
        continue;
      }
      String denied = d.claim().object() == null ? d.text() : d.claim().object().text();
      Set<String> acts = Predicates.acts(denied);
      Set<String> things = Predicates.things(denied);
      List<Dispute.Side> sides = new ArrayList<>();
      for (Item a : items) {
        Argument accused = accused(a.claim());
        if (a == d || accused == null || denial(a.claim()) || !parties.overlap(accused.entities(), d.claim().actor().entities())) {
          continue;
        }
        Set<String> alleged = allegedActs(a);
        boolean sameAct = acts.isEmpty() ? !intersection(things, Predicates.things(a.text())).isEmpty()
            : !intersection(acts, alleged).isEmpty();
        Dispute.Side side = side(Dispute.Stance.ALLEGES, accuser(a.claim()), a);
        if (sameAct && sides.stream().noneMatch(s -> s.articleId().equals(side.articleId()) && s.span().equals(side.span()))) {
          sides.add(side);
        }
      }
      if (!sides.isEmpty()) {
        sides.add(side(Dispute.Stance.DENIES, d.claim().actor(), d));
        out.add(new Dispute(topicText(sides.get(0), items), sides));
      }
    }
    return out;
  }

  /**
   * What an allegation says the accused did: the family of its verb, or for an accusation ("X
   * accuse Y de coopérer") the family of the infinitive after the accused.
   */
  private static Set<String> allegedActs(Item a) {
    Claim c = a.claim();
    if (!"accuse".equals(c.predicate().family())) {
      return Set.of(c.predicate().family());
    }
    int from = c.predicate().span().end();
    String rest = a.text().substring(Math.min(a.text().length(), Math.max(0, from - c.span().start())));
    Set<String> out = new HashSet<>(Predicates.acts(rest));
    for (String w : rest.split("[^\\p{L}]+")) {
      VerbForm f = FrenchVerbs.lookup(w);
      VerbForm e = EnglishVerbs.lookup(w);
      String participle = VerbGroups.participleFr(w.toLowerCase(java.util.Locale.ROOT));
      if (f != null && f.kind() == VerbForm.Kind.INFINITIVE && !AUXILIARIES.contains(f.lemma())) {
        out.add(Predicates.family(f.lemma()));
      } else if (participle != null && !AUXILIARIES.contains(participle)) {
        out.add(Predicates.family(participle));
      } else if (e != null && e.kind() == VerbForm.Kind.GERUND) {
        out.add(Predicates.family(e.lemma()));
      }
    }
    return out;
  }

  private static final Set<String> AUXILIARIES = Set.of("avoir", "être");

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.retainAll(b);
    return out;
  }

  /** A denial: "nier", "démentir", "deny"...; "refuser" only with a noun ("ont refusé les transferts d'armes"). */
  static boolean denial(Claim c) {
    String f = c.predicate().family();
    return !c.predicate().negated() && ("deny".equals(f) || "refuse".equals(f) && c.object() != null
        && !c.object().text().startsWith("de ") && !c.object().text().startsWith("d'"));
  }

  /** Who an allegation is about: the accused of an accusation, the actor of an attributed claim. */
  private static Argument accused(Claim c) {
    if ("accuse".equals(c.predicate().family())) {
      return c.object();
    }
    Attribution s = c.attribution();
    boolean attributed = s.kind() == Attribution.Kind.SOURCE && (c.actor() == null
        || c.actor().entities().stream().noneMatch(s.entities()::contains));
    return attributed ? c.actor() : null;
  }

  private static Argument accuser(Claim c) {
    if ("accuse".equals(c.predicate().family())) {
      return c.actor();
    }
    Attribution s = c.attribution();
    return new Argument(s.name(), s.span(), s.entities(), s.names());
  }

  private static Dispute.Side side(Dispute.Stance stance, Argument party, Item item) {
    String who = party == null || party.text() == null ? "" : party.text();
    List<String> names = party == null ? List.of() : party.names();
    return new Dispute.Side(stance, who, names, item.articleId(), item.claim().span(), item.text());
  }

  private static String topicText(Dispute.Side first, List<Item> items) {
    for (Item i : items) {
      if (i.articleId().equals(first.articleId()) && i.claim().span().equals(first.span())) {
        Claim c = i.claim();
        StringBuilder sb = new StringBuilder();
        if (c.actor() != null) {
          sb.append(c.actor().text()).append(' ');
        }
        sb.append(c.predicate().text());
        if (c.object() != null) {
          sb.append(' ').append(c.object().text());
        }
        return sb.toString();
      }
    }
    return first.text();
  }
}
