package org.recoupe.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where the readers' comments start below an article: a heading such as "34 responses to …",
 * "Comments (12)", "Leave a reply", "Commentaires", "Réagir". Comments are prose too, so the main
 * block is looked for above that line.
 */
final class Comments {
  private static final Pattern HEADING = Pattern.compile(
      "^(\\d+\\s+)?(comments?|commentaires?|responses?|replies|réactions?|kommentare|comentarios"
          + "|commenti|discussion)(\\s*\\(\\d+\\))?\\s*:?$"
          + "|^\\d+\\s+(responses?|comments?|thoughts|replies|commentaires?|réactions?)\\s+(to|on|sur|à)\\b"
          + "|^(top rated|most liked|newest|oldest|best|all|recent|latest|readers'?) comments\\b"
          + "|^(leave|post|add|write|submit) a (comment|reply|response)|^(laisser|ajouter|écrire|poster)"
          + " un commentaire|^comments are closed|^(join|start) the (discussion|conversation)"
          + "|^(show|view|load|see|read) (all )?(the )?(\\d+ )?(comments|reactions)|^réagi(r|ssez)\\b"
          + "|^vos (réactions|commentaires)|^what do you think\\?$|^conversation$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Words of prose the article must have above a comments heading. */
  private static final int ARTICLE_WORDS = 60;

  private Comments() {}

  /** Index of the first comments heading below at least some prose, or {@code lines.size()}. */
  static int start(List<Line> lines, Marks marks) {
    int prose = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (prose >= ARTICLE_WORDS && l.words() <= 16
          && HEADING.matcher(LineVocabulary.normalise(l.body())).find()) {
        return i;
      }
      if (l.prose() && marks.kept(i)) {
        prose += l.words();
      }
    }
    return lines.size();
  }
}
