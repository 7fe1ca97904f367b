package org.recoupe.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoupe.document.Span;

/**
 * Finds descriptions of people by their function in a sentence, by general patterns: an optional
 * determiner, modifiers, a function noun from a closed list (président, dirigeant, chef, ministre,
 * secrétaire, porte-parole, conseiller, leader, president, minister, adviser...), then nationality
 * adjectives, qualifiers and "de ..." / "of ..." complements ("le chef de l'Etat russe", "le
 * conseiller diplomatique du Kremlin", "the North Korean leader", "US Secretary of State").
 * Stateless and thread-safe.
 */
final class RoleDescriptions {
  /** Function nouns (folded words) and the language-neutral role they stand for. */
  private static final Map<String, String> FUNCTIONS = functions();
  private static final int LONGEST_FUNCTION = 4;

  private static Map<String, String> functions() {
    Map<String, String> m = new HashMap<>();
    for (String w : List.of("president", "presidente", "dirigeant", "dirigeante", "leader", "chef", "cheffe", "maitre",
        "numero un", "homme fort", "homologue", "chef de l etat", "chef d etat", "dictateur", "souverain", "roi",
        "reine", "emir", "monarque", "head of state", "strongman", "counterpart", "ruler", "dictator", "chief",
        "king", "queen", "emir", "monarch")) {
      m.put(w, "leader");
    }
    for (String w : List.of("premier ministre", "prime minister", "chancelier", "chanceliere", "chancellor")) {
      m.put(w, "head-of-government");
    }
    for (String w : List.of("vice premier ministre", "deputy prime minister", "vice premier", "vice president",
        "vice presidente", "vice-president")) {
      m.put(w, "deputy-leader");
    }
    m.put("ministre", "minister");
    m.put("minister", "minister");
    m.put("secretaire d etat", "secretary-of-state");
    m.put("secretary of state", "secretary-of-state");
    m.put("secretaire general", "secretary-general");
    m.put("secretaire generale", "secretary-general");
    m.put("secretary general", "secretary-general");
    m.put("secretaire", "secretary");
    m.put("secretary", "secretary");
    for (String w : List.of("porte parole", "spokesman", "spokeswoman", "spokesperson", "press secretary")) {
      m.put(w, "spokesperson");
    }
    for (String w : List.of("conseiller", "conseillere", "adviser", "advisor", "aide")) {
      m.put(w, "adviser");
    }
    for (String w : List.of("ambassadeur", "ambassadrice", "ambassador")) {
      m.put(w, "ambassador");
    }
    for (String w : List.of("envoye", "envoyee", "emissaire", "envoy", "emissary")) {
      m.put(w, "envoy");
    }
    for (String w : List.of("directeur", "directrice", "director")) {
      m.put(w, "director");
    }
    return Map.copyOf(m);
  }

  private static final Set<String> DETERMINERS = Set.of(
      "le", "la", "l", "son", "sa", "leur", "ce", "cet", "cette", "du", "au", "the", "his", "her", "its", "their",
      "this");

  /** Contracted prepositions: they determine the description but are not part of it ("du président"). */
  private static final Set<String> CONTRACTED = Set.of("du", "au");

  /** Lower-case words that may stand between a determiner and the function noun. */
  private static final Set<String> PRE_WORDS = Set.of(
      "nouveau", "nouvelle", "ancien", "ancienne", "futur", "future", "actuel", "actuelle", "puissant", "puissante",
      "jeune", "ex", "new", "former", "foreign", "defence", "defense", "policy", "press", "national", "security",
      "deputy", "senior", "top", "chief", "vice", "state", "interior", "finance", "trade", "powerful", "then");

  /** Lower-case qualifiers that may follow the function noun or a complement. */
  private static final Set<String> QUALIFIERS = Set.of(
      "diplomatique", "adjoint", "adjointe", "general", "generale", "senior", "principal", "principale",
      "militaire", "politique", "etrangeres", "etrangere", "exterieures", "exterieur", "interieur", "supreme",
      "delegue", "deleguee", "special", "speciale", "permanent", "permanente", "charge");

  private static final Set<String> PREPOSITIONS = Set.of("de", "du", "des", "d", "of");
  private static final Set<String> ARTICLES = Set.of("la", "l", "le", "les", "the");
  private static final Set<String> INNER = Set.of("de", "du", "des", "d", "la", "l", "et", "of", "the", "and");
  private static final Set<String> LOOSE = Set.of("en", "pour", "for", "on");

  /**
   * The descriptions of one sentence, in order, not overlapping.
   *
   * @param view the sentence
   * @param index the sentence's index in the document
   * @param persons the person mentions of the sentence: a description never runs into one
   */
  List<RoleDescription> find(SentenceView view, int index, List<Mention> persons) {
    Words w = new Words(view, persons);
    List<RoleDescription> out = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      int fEnd = w.inPerson(i) ? -1 : functionEnd(w, i);
      if (fEnd > 0 && w.folded(i).equals("aide") && !view.language().equals("en")) {
        fEnd = -1;
      }
      if (fEnd < 0) {
        continue;
      }
      String role = FUNCTIONS.get(w.phrase(i, fEnd));
      Set<String> anchors = new HashSet<>();
      int first = modifiersBefore(w, i, anchors);
      boolean determined = first > 0 && DETERMINERS.contains(w.folded(first - 1));
      if (determined && !CONTRACTED.contains(w.folded(first - 1))) {
        first--;
      }
      int end = modifiersAfter(w, fEnd, anchors);
      out.add(new RoleDescription(index, first, end, w.span(first, end), w.span(i, fEnd), role, anchors, determined));
      i = end - 1;
    }
    return out;
  }

  /** The end of the longest function noun starting at token {@code i}, or -1. */
  private static int functionEnd(Words w, int i) {
    for (int n = Math.min(LONGEST_FUNCTION, w.size() - i); n >= 1; n--) {
      if (FUNCTIONS.containsKey(w.phrase(i, i + n))) {
        return i + n;
      }
    }
    return -1;
  }

  /** Extends leftwards over modifiers ("Russian", "North Korean", "Kremlin", "foreign policy"). */
  private static int modifiersBefore(Words w, int head, Set<String> anchors) {
    int first = head;
    while (first > 0) {
      int j = first - 1;
      String f = w.folded(j);
      boolean english = w.view.language().equals("en");
      String pair = j > 0 ? Demonyms.country(w.word(j - 1) + " " + w.word(j)) : null;
      if (english && pair != null && w.capitalised(j - 1)) {
        anchors.add("country:" + pair);
        first = j - 1;
      } else if (PRE_WORDS.contains(f)) {
        first = j;
      } else if (english && nameWord(w, j)) {
        int start = j;
        while (start > 0 && nameWord(w, start - 1)) {
          start--;
        }
        anchors.add(anchor(w.span(start, j + 1).of(w.view.text())));
        first = start;
      } else {
        break;
      }
    }
    return first;
  }

  /** Extends rightwards over nationality adjectives, qualifiers and complements. */
  private static int modifiersAfter(Words w, int from, Set<String> anchors) {
    int end = from;
    while (end < w.size()) {
      String f = w.folded(end);
      String country = Demonyms.country(w.word(end));
      if (country != null && !w.inPerson(end)) {
        anchors.add("country:" + country);
        end++;
      } else if (QUALIFIERS.contains(f)) {
        end++;
      } else if (PREPOSITIONS.contains(f)) {
        int np = end + 1;
        if (np < w.size() && ARTICLES.contains(w.folded(np))) {
          np++;
        }
        int npEnd = np;
        while (npEnd < w.size() && !w.inPerson(npEnd) && (w.capitalised(npEnd)
            || INNER.contains(w.folded(npEnd)) && npEnd + 1 < w.size() && w.capitalised(npEnd + 1)
            || npEnd > np && QUALIFIERS.contains(w.folded(npEnd)))) {
          npEnd++;
        }
        if (npEnd == np) {
          break;
        }
        anchors.add(anchor(w.span(np, npEnd).of(w.view.text())));
        end = npEnd;
      } else if (LOOSE.contains(f) && looseComplementEnd(w, end) > 0) {
        end = looseComplementEnd(w, end);
      } else {
        break;
      }
    }
    return end;
  }

  /** A capitalised word outside person names that is no determiner: part of a modifier name. */
  private static boolean nameWord(Words w, int j) {
    return w.capitalised(j) && !w.inPerson(j) && !DETERMINERS.contains(w.folded(j))
        && Character.isLetter(w.word(j).codePointAt(0));
  }

  /** "en politique étrangère," / "for Asia,": up to three words closed by a comma; else -1. */
  private static int looseComplementEnd(Words w, int at) {
    for (int j = at + 1; j < Math.min(w.size(), at + 5); j++) {
      if (w.isComma(j)) {
        return j > at + 1 ? j : -1;
      }
      if (!Character.isLetter(w.word(j).codePointAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  /** The anchor a complement or modifier names: a country or body key, else its folded words. */
  private static String anchor(String name) {
    String key = Aliases.key(name);
    if (key == null) {
      String country = Demonyms.country(name);
      return country != null ? "country:" + country : NameKeys.fold(name);
    }
    String country = Aliases.country(key);
    return country != null ? "country:" + country : key;
  }

  /** The sentence's tokens with their folded forms and which belong to person mentions. */
  private static final class Words {
    final SentenceView view;
    private final String[] folded;
    private final boolean[] person;

    Words(SentenceView view, List<Mention> persons) {
      this.view = view;
      folded = new String[view.size()];
      person = new boolean[view.size()];
      for (int i = 0; i < view.size(); i++) {
        folded[i] = NameKeys.fold(view.word(i));
        for (Mention m : persons) {
          person[i] |= m.span().overlaps(view.tokenSpan(i));
        }
      }
    }

    int size() {
      return folded.length;
    }

    String word(int i) {
      return view.word(i);
    }

    String folded(int i) {
      return folded[i];
    }

    boolean capitalised(int i) {
      return view.capitalised(i);
    }

    boolean inPerson(int i) {
      return person[i];
    }

    boolean isComma(int i) {
      return view.word(i).equals(",");
    }

    /** The folded words of tokens {@code [i, j)}. */
    String phrase(int i, int j) {
      StringBuilder b = new StringBuilder();
      for (int k = i; k < j; k++) {
        if (folded[k].isEmpty()) {
          return "";
        }
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(folded[k]);
      }
      return b.toString();
    }

    Span span(int first, int end) {
      return new Span(view.tokenSpan(first).start(), view.tokenSpan(end - 1).end());
    }
  }
}
