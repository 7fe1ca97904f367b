package org.recoupe.app.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light, seeded edits of a French paragraph, as one outlet rewrites another's copy: a reporting
 * verb swapped for a synonym, a word inserted or deleted, two clauses of a sentence swapped.
 */
final class ParagraphEdits {
  private static final List<String> VERBS = List.of(
      "a indiqué", "a expliqué", "a déclaré", "a affirmé", "a précisé", "a souligné", "a assuré", "a ajouté");
  private static final Pattern VERB = Pattern.compile(String.join("|", VERBS));
  private static final List<String> INSERTS = List.of(
      "notamment", "également", "toutefois", "déjà", "encore", "ainsi", "aussi", "par ailleurs");

  private ParagraphEdits() {}

  /** {@code text} with {@code count} random edits drawn from {@code random}. */
  static String edit(String text, int count, Random random) {
    String out = text;
    for (int i = 0; i < count; i++) {
      out = switch (random.nextInt(4)) {
        case 0 -> swapVerb(out, random);
        case 1 -> insertWord(out, random);
        case 2 -> deleteWord(out, random);
        default -> swapClauses(out, random);
      };
    }
    return out;
  }

  static String swapVerb(String text, Random random) {
    Matcher m = VERB.matcher(text);
    List<int[]> hits = new ArrayList<>();
    while (m.find()) {
      hits.add(new int[] {m.start(), m.end()});
    }
    if (hits.isEmpty()) {
      return insertWord(text, random);
    }
    int[] h = hits.get(random.nextInt(hits.size()));
    String old = text.substring(h[0], h[1]);
    String replacement = old;
    while (replacement.equals(old)) {
      replacement = VERBS.get(random.nextInt(VERBS.size()));
    }
    return text.substring(0, h[0]) + replacement + text.substring(h[1]);
  }

  static String insertWord(String text, Random random) {
    List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
    words.add(1 + random.nextInt(Math.max(1, words.size() - 1)), INSERTS.get(random.nextInt(INSERTS.size())));
    return String.join(" ", words);
  }

  static String deleteWord(String text, Random random) {
    List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
    if (words.size() > 3) {
      words.remove(1 + random.nextInt(words.size() - 2));
    }
    return String.join(" ", words);
  }

  static String swapClauses(String text, Random random) {
    List<Integer> commas = new ArrayList<>();
    for (int i = text.indexOf(", "); i >= 0; i = text.indexOf(", ", i + 1)) {
      commas.add(i);
    }
    if (commas.isEmpty()) {
      return deleteWord(text, random);
    }
    int c = commas.get(random.nextInt(commas.size()));
    int start = Math.max(Math.max(text.lastIndexOf(". ", c), -2) + 2, 0);
    int end = text.indexOf('.', c);
    if (end < 0) {
      end = text.length();
    }
    String first = text.substring(start, c);
    String second = text.substring(c + 2, end);
    if (first.isEmpty() || second.isEmpty()) {
      return deleteWord(text, random);
    }
    return text.substring(0, start) + second + ", " + first + text.substring(end);
  }
}
