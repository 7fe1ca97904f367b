package org.recoupe.contradict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recoupe.document.Span;

/**
 * A different name in the same role: "en visite à Moscou" against "en visite à Pékin". A name is
 * a run of capitalised words (a lone capitalised word opening a sentence is not one); its role is
 * the stem of the nearest content word before it. Two names conflict when they fill the same role,
 * share no word, and neither appears on the other side, so a name only one side gives (an extra
 * detail) is never a conflict. Reporting verbs are not roles: two sources may quote two people.
 */
public final class EntityCheck extends DirectedCheck {

  private static final Set<String> NOT_ROLES = Set.of(
      "declare", "declar", "affirm", "explique", "expliqu", "indiqu", "assur", "precis", "ajout", "soulign",
      "estim", "rapport", "say", "told", "tell", "state", "report", "write", "ecrit", "publi", "partag",
      "interview", "interrog", "photo", "video", "image", "imag", "agenc", "journal", "media", "medium");
  private static final Set<String> OPENERS = Set.of(".", "!", "?", "«", "\"", ":", "(", "“", ";");
  private static final int REACH = 3;

  /** A name, its folded words, and the stem of the role word before it. */
  private record Name(Span span, Set<String> words, String role) {}

  @Override
  List<Conflict> oneWay(Pair pair) {
    List<Name> right = names(pair.right());
    Set<String> rightWords = folded(pair.right());
    Set<String> leftWords = folded(pair.left());
    List<Conflict> out = new ArrayList<>();
    for (Name l : names(pair.left())) {
      if (l.role() == null || l.words().stream().anyMatch(rightWords::contains)) {
        continue;
      }
      for (Name r : right) {
        if (l.role().equals(r.role()) && r.words().stream().noneMatch(leftWords::contains)
            && !acronym(l, pair.right()) && !acronym(r, pair.left())) {
          out.add(Conflict.of(ConflictType.ENTITY_SUBSTITUTION, pair, l.span(), r.span()));
          return out;
        }
      }
    }
    return out;
  }

  private static List<Name> names(Analysis a) {
    List<Word> ws = a.words();
    List<Name> out = new ArrayList<>();
    int i = 0;
    while (i < ws.size()) {
      if (!nameWord(ws.get(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < ws.size() && (nameWord(ws.get(end))
          || end + 1 < ws.size() && (ws.get(end).is("de") || ws.get(end).is("du")) && nameWord(ws.get(end + 1)))) {
        end++;
      }
      boolean opener = i == 0 || OPENERS.contains(ws.get(i - 1).text());
      if (!(opener && end == i + 1)) {
        Set<String> words = new HashSet<>();
        for (int k = i; k < end; k++) {
          if (nameWord(ws.get(k))) {
            words.add(ws.get(k).folded());
          }
        }
        Span span = new Span(ws.get(i).span().start(), ws.get(end - 1).span().end());
        out.add(new Name(span, words, role(ws, i)));
      }
      i = end;
    }
    return out;
  }

  /** Whether {@code name} is an acronym of words of the other side ("UE" for "Union européenne"). */
  private static boolean acronym(Name name, Analysis other) {
    for (String w : name.words()) {
      if (w.length() < 2 || w.length() > 6) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      for (Word o : other.words()) {
        initials.append(o.isLetter() && !Lexicon.functionWord(o.folded()) ? o.folded().charAt(0) : ' ');
      }
      if (initials.toString().contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nameWord(Word w) {
    return w.isLetter() && w.capitalised() && !Lexicon.functionWord(w.folded()) && !Calendar.dateWord(w.stem())
        && Calendar.weekday(w) == null;
  }

  /**
   * The role of the name starting at {@code start}: the stem of the nearest content word before it
   * (skipping other names) and the first function word between them ("visit|a" in "visite à
   * Moscou"), or null.
   */
  private static String role(List<Word> ws, int start) {
    String link = "";
    for (int k = start - 1; k >= Math.max(0, start - REACH); k--) {
      Word w = ws.get(k);
      if (!w.isLetter()) {
        return null;
      }
      if (Lexicon.functionWord(w.folded())) {
        link = w.folded();
      } else if (!w.capitalised()) {
        return NOT_ROLES.contains(w.stem()) || NOT_ROLES.contains(w.folded()) ? null : w.stem() + "|" + link;
      }
    }
    return null;
  }

  private static Set<String> folded(Analysis a) {
    Set<String> out = new HashSet<>();
    for (Word w : a.words()) {
      out.add(w.folded());
    }
    return out;
  }
}
