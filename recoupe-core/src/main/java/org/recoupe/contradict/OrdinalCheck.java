package org.recoupe.contradict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoupe.document.Span;

/**
 * Different ranks for the same thing: "première visite" against "3ème visite", "second term"
 * against "third term". Unranked words ("nouvelle", "autre", "new", "another") agree with any
 * rank, so "une deuxième Aurus" and "une nouvelle Aurus" are no conflict. Fixed phrases where the
 * ordinal is not a rank ("Premier ministre", "Seconde Guerre mondiale", "first lady", "en premier
 * lieu") are left out, as are days of the month ("1er mars").
 */
public final class OrdinalCheck extends DirectedCheck {

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("premier", 1), Map.entry("premiere", 1), Map.entry("premiers", 1), Map.entry("premieres", 1),
      Map.entry("deuxieme", 2), Map.entry("second", 2), Map.entry("seconde", 2), Map.entry("troisieme", 3),
      Map.entry("quatrieme", 4), Map.entry("cinquieme", 5), Map.entry("sixieme", 6), Map.entry("septieme", 7),
      Map.entry("huitieme", 8), Map.entry("neuvieme", 9), Map.entry("dixieme", 10), Map.entry("first", 1),
      Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
      Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10));
  private static final Set<String> NOT_A_RANK = Set.of(
      "ministre", "minister", "guerre", "war", "lieu", "plan", "degre", "abord", "vue", "main", "rang",
      "ligne", "instance", "ordre", "lady", "dame", "temps", "hand", "sight", "line");
  private static final int REACH = 3;

  /** A rank and the stem of the ranked noun. */
  private record Rank(Span span, int rank, String noun) {}

  @Override
  List<Conflict> oneWay(Pair pair) {
    List<Rank> right = ranks(pair.right());
    List<Conflict> out = new ArrayList<>();
    for (Rank l : ranks(pair.left())) {
      List<Rank> same = right.stream().filter(r -> r.noun().equals(l.noun())).toList();
      if (!same.isEmpty() && same.stream().noneMatch(r -> r.rank() == l.rank())) {
        out.add(Conflict.of(ConflictType.ORDINAL_COUNT, pair, l.span(), same.get(0).span()));
      }
    }
    return out;
  }

  private static List<Rank> ranks(Analysis a) {
    List<Word> ws = a.words();
    List<Rank> out = new ArrayList<>();
    for (int i = 0; i < ws.size(); i++) {
      int rank = rank(ws.get(i));
      if (rank == 0) {
        continue;
      }
      for (int k = i + 1; k < Math.min(ws.size(), i + 1 + REACH); k++) {
        Word w = ws.get(k);
        if (!w.isLetter()) {
          break;
        }
        if (Lexicon.content(w)) {
          if (!NOT_A_RANK.contains(w.folded()) && !NOT_A_RANK.contains(w.stem()) && !Calendar.dateWord(w.stem())) {
            out.add(new Rank(new Span(ws.get(i).span().start(), w.span().end()), rank, w.stem()));
          }
          break;
        }
      }
    }
    return out;
  }

  /** The rank written by a word ("3ème", "1re", "troisième", "21st"), or 0. */
  private static int rank(Word w) {
    Integer v = WORDS.get(w.folded());
    if (v != null) {
      return v;
    }
    String f = w.folded();
    if (f.matches("\\d{1,3}(er|re|ere|eme|e|nde|nd|st|rd|th)")) {
      return Integer.parseInt(f.replaceAll("\\D", ""));
    }
    return 0;
  }
}
