package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recoupe.document.Span;

/**
 * French names of clubs and franchises, "[Nickname]s de [Place]" ("les Canadiens de Montréal", "les
 * Penguins de Pittsburgh"), are one organisation: the tagger tends to cut them into a MISC or a
 * PER and a LOC. A run of capitalised words ending in a plural, then "de"/"d'"/"du"/"des"/"de la",
 * then a place becomes one ORG, unless it starts like a place or an event ("Pays de la Loire",
 * "Jeux de Paris").
 */
final class MergeTeamNames implements MentionRule {
  private static final Set<String> LINKS = Set.of("de", "d'", "d’", "du", "des");
  private static final Set<String> PLURAL_ARTICLES = Set.of("les", "des", "aux", "Les", "Des", "Aux");
  private static final Set<String> EVENT_HEADS = Set.of(
      "jeux", "championnats", "mondiaux", "internationaux", "masters", "rencontres", "journées", "assises", "états");

  @Override
  public List<Candidate> apply(SentenceView s, List<Candidate> candidates) {
    if (!"fr".equals(s.language())) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>(candidates);
    for (int k = 0; k < out.size(); k++) {
      Candidate place = out.get(k);
      int link = linkBefore(s, place.first());
      if (place.type() != EntityType.LOC || link < 0) {
        continue;
      }
      int end = link;
      int first = end;
      while (first > 0 && s.capitalised(first - 1) && !Lexicon.isEdgePunctuation(s.word(first - 1))) {
        first--;
      }
      if (first == end || !isNickname(s, first, end)) {
        continue;
      }
      Candidate before = k > 0 ? out.get(k - 1) : null;
      boolean tagged = before != null && before.first() == first && before.end() == end;
      boolean untagged = (before == null || before.end() <= first) && first > 0 && PLURAL_ARTICLES.contains(s.word(first - 1));
      if (!tagged && !untagged) {
        continue;
      }
      Candidate team = new Candidate(first, place.end(), new Span(s.tokenSpan(first).start(), place.span().end()), EntityType.ORG);
      if (tagged) {
        out.remove(k);
        out.set(k - 1, team);
        k--;
      } else {
        out.set(k, team);
      }
    }
    return out;
  }

  /** The index of the first link word before token {@code i} ("de", "de la", "d'"), or -1. */
  private static int linkBefore(SentenceView s, int i) {
    if (i >= 2 && s.lower(i - 1).equals("la") && s.lower(i - 2).equals("de")) {
      return i - 2;
    }
    if (i >= 1 && (LINKS.contains(s.lower(i - 1)))) {
      return i - 1;
    }
    return -1;
  }

  private static boolean isNickname(SentenceView s, int first, int end) {
    String head = s.lower(first);
    String last = s.lower(end - 1);
    return (last.endsWith("s") || last.endsWith("x")) && !Lexicon.PLACE_HEADS.contains(head)
        && !EVENT_HEADS.contains(head) && !Places.isDemonym(s.word(end - 1)) && !Places.isCountry(s.word(first));
  }
}
