package org.recoupe.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;

/**
 * The fallback entity signal until an entity stage exists: runs of capitalised words ("Vladimir
 * Poutine", "Kim Jong-un", "Pyongyang"), folded to lower case without accents or hyphens. A lone
 * capitalised word opening a sentence is skipped (it is capitalised for the sentence); a name does
 * not start with a function word, a day or a month name (but "Kim Jong Un" keeps its "Un"), and
 * loses its English possessive. A multi-word name also yields its words, so "Kim Jong Un"
 * and "Kim Jong-un", or "Vladimir Putin" and "Vladimir Poutine", still share keys.
 */
public final class CapitalisedNames implements EntityKeys {
  private static final CharArraySet FUNCTION_WORDS = functionWords();
  private static final Set<String> DAYS = Set.of(
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> MONTHS = Set.of(
      "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
      "septembre", "octobre", "novembre", "décembre", "decembre", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december");

  @Override
  public List<String> keys(Document document) {
    return find(document.get(Keys.TEXT));
  }

  /** The entity keys of {@code text}, in order. */
  public static List<String> find(String text) {
    List<String> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    boolean sentenceStart = true;
    boolean runAtSentenceStart = false;
    String lastWord = "";
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int start = i;
        while (i < n && (Character.isLetter(text.charAt(i))
            || ((text.charAt(i) == '-' || text.charAt(i) == '\'' || text.charAt(i) == '’')
                && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
          i++;
        }
        // most words are lower case: only capitalised ones (or elided "l'Ukraine") are built
        boolean maybeName = Character.isUpperCase(c) || (i - start > 2 && text.charAt(start + 1) == '\''
            || i - start > 2 && text.charAt(start + 1) == '’' || i - start > 3 && text.charAt(start + 2) == '\''
            || i - start > 3 && text.charAt(start + 2) == '’');
        String word = maybeName ? stripPossessive(stripElision(text.substring(start, i))) : "";
        lastWord = maybeName ? word : "x";
        boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.charAt(0))
            && (!run.isEmpty() ? word.length() > 1 && !MONTHS.contains(word.toLowerCase(Locale.ROOT)) : !ignorable(word));
        if (capitalised) {
          if (run.isEmpty()) {
            runAtSentenceStart = sentenceStart;
          }
          run.add(word);
        } else {
          flush(run, runAtSentenceStart, out);
        }
        sentenceStart = false;
      } else {
        boolean abbreviation = c == '.' && lastWord.length() <= 2 && !lastWord.isEmpty()
            && Character.isUpperCase(lastWord.charAt(0));
        if (abbreviation) {
          flush(run, runAtSentenceStart, out);
        } else if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '«' || c == '"' || c == '“') {
          flush(run, runAtSentenceStart, out);
          sentenceStart = true;
        } else if (!Character.isWhitespace(c)) {
          flush(run, runAtSentenceStart, out);
        }
        i++;
      }
    }
    flush(run, runAtSentenceStart, out);
    return out;
  }

  /** Lower case, no accents, hyphens and apostrophes as spaces. */
  static String fold(String name) {
    String d = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int k = 0; k < d.length(); k++) {
      char c = d.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      b.append(c == '-' || c == '\'' || c == '’' ? ' ' : Character.toLowerCase(c));
    }
    return b.toString();
  }

  private static void flush(List<String> run, boolean atSentenceStart, List<String> out) {
    if (run.isEmpty() || (run.size() == 1 && atSentenceStart)) {
      run.clear();
      return;
    }
    String name = fold(String.join(" ", run));
    out.add(name);
    String[] parts = name.split(" ");
    if (parts.length > 1) {
      for (String p : parts) {
        if (p.length() >= 3) {
          out.add(p);
        }
      }
    }
    run.clear();
  }

  private static String stripElision(String word) {
    int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
    if (apostrophe > 0 && apostrophe <= 2) {
      return word.substring(apostrophe + 1);
    }
    return word;
  }

  private static String stripPossessive(String word) {
    if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
      return word.substring(0, word.length() - 2);
    }
    return word;
  }

  private static boolean ignorable(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return FUNCTION_WORDS.contains(lower) || DAYS.contains(lower) || MONTHS.contains(lower)
        || word.length() < 2;
  }

  private static CharArraySet functionWords() {
    CharArraySet set = new CharArraySet(FrenchAnalyzer.getDefaultStopSet(), true);
    set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    for (String w : List.of("selon", "après", "avant", "depuis", "pour", "dans", "mais", "alors",
        "lors", "since", "after", "before", "according", "while", "but", "when", "monsieur", "madame")) {
      set.add(w);
    }
    return CharArraySet.unmodifiableSet(set);
  }
}
