package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Demonyms are no persons or places: a one-word mention naming a people ("les Européens", "des
 * Occidentaux", "the Russians") becomes MISC, the CoNLL convention for nationalities. The word must
 * be plural or follow an article, so that first names ending like demonyms are left alone.
 */
final class RetypeDemonyms implements MentionRule {
  private static final Set<String> ARTICLES = Set.of(
      "les", "des", "aux", "un", "une", "le", "la", "l'", "l’", "ces", "nos", "leurs", "the", "a", "an", "many");

  @Override
  public List<Candidate> apply(SentenceView s, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      String text = s.textOf(c);
      boolean single = c.end() - c.first() == 1;
      boolean plural = text.endsWith("s") || text.endsWith("x");
      boolean afterArticle = c.first() > 0 && ARTICLES.contains(s.lower(c.first() - 1));
      if (single && c.type() != EntityType.MISC && (plural || afterArticle) && Places.isDemonym(text)) {
        out.add(c.withType(EntityType.MISC));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
