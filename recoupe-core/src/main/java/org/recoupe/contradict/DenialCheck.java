package org.recoupe.contradict;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One side reports a denial ("Moscou dément avoir frappé", "nie", "rejette", "réfute", "denies")
 * of what the other side states or reports. The pair is {@linkplain #disputed disputed} when the
 * other side attributes its statement to a party ("Kiev accuse Moscou de", "affirme", "claims"):
 * the sources then report two opposing parties rather than disagree themselves.
 */
public final class DenialCheck extends DirectedCheck {

  private static final Set<String> DENIALS = Set.of(
      "nie", "nient", "niait", "niaient", "nier", "niant", "niee", "nies", "niees", "dement", "dementent",
      "dementi", "dementie", "dementis", "dementir", "dementait", "dementant", "refute", "refutent", "refuter",
      "refutant", "conteste", "contestent", "contester", "contestant", "rejette", "rejettent", "rejeter",
      "rejetant", "deny", "denies", "denied", "denying", "refutes", "refuted", "rejects", "rejected",
      "disputes", "disputed", "dismisses", "dismissed");
  private static final Set<String> CLAIMS = Set.of(
      "accuse", "accusent", "accusait", "accusaient", "accuser", "accusant", "accusee", "accuses", "accusees",
      "affirme", "affirment", "affirmait", "affirmant", "pretend", "pretendent", "pretendait", "assure",
      "assurent", "denonce", "denoncent", "soutient", "soutiennent", "claim", "claims", "claimed", "alleges",
      "alleged", "accused", "accusing", "blames", "blamed", "insists", "insisted");
  private static final Set<String> FALSITY = Set.of(
      "faux", "fausse", "fausses", "infonde", "infondee", "infondees", "mensonge", "false", "fake", "untrue",
      "baseless", "unfounded");
  private static final int MIN_SHARED = 2;

  @Override
  List<Conflict> oneWay(Pair pair) {
    Word denial = first(pair.left(), DENIALS);
    if (denial == null || first(pair.right(), DENIALS) != null || pair.shared().size() < MIN_SHARED
        || negatesShared(pair)) {
      return List.of();
    }
    Word claim = first(pair.right(), CLAIMS);
    Word other = claim != null ? claim : firstShared(pair);
    List<Conflict> out = new ArrayList<>();
    out.add(Conflict.of(ConflictType.DENIAL, pair, denial.span(), other.span()));
    return out;
  }

  /** Whether one side denies and the other attributes a claim: a dispute between parties. */
  public boolean disputed(Pair pair) {
    return first(pair.left(), DENIALS) != null && first(pair.right(), CLAIMS) != null
        || first(pair.right(), DENIALS) != null && first(pair.left(), CLAIMS) != null;
  }

  /**
   * Whether the non-denying side negates something itself or calls something false (then it may
   * well agree with the denial).
   */
  private static boolean negatesShared(Pair pair) {
    Analysis r = pair.right();
    return r.words().stream().anyMatch(w -> r.negated(w) || FALSITY.contains(w.folded()));
  }

  private static Word first(Analysis a, Set<String> cues) {
    return a.words().stream().filter(w -> cues.contains(w.folded())).findFirst().orElse(null);
  }

  private static Word firstShared(Pair pair) {
    Set<String> shared = pair.shared();
    return pair.right().words().stream().filter(w -> Lexicon.content(w) && shared.contains(w.stem()))
        .findFirst().orElseThrow();
  }
}
