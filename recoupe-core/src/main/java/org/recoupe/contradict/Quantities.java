package org.recoupe.contradict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoupe.document.Span;

/**
 * Finds the {@link Quantity}s of a passage: digits with French or English grouping ("11 000",
 * "11,000", "1,5"), multipliers ("3,6 millions"), number words ("deux", "vingt-cinq", "une
 * centaine", "twelve"), ranges ("8 à 20 %", "entre 10 et 12"), bounds and hedges ("plus de",
 * "au moins", "environ", "more than", "about"), and the counted noun or "%" that follows. Years,
 * days of the month and numbers with nothing counted are left out.
 */
final class Quantities {
  private Quantities() {}

  private static final Map<String, Double> WORDS = Map.ofEntries(
      Map.entry("deux", 2.0), Map.entry("trois", 3.0), Map.entry("quatre", 4.0), Map.entry("cinq", 5.0),
      Map.entry("six", 6.0), Map.entry("sept", 7.0), Map.entry("huit", 8.0), Map.entry("dix", 10.0),
      Map.entry("onze", 11.0), Map.entry("douze", 12.0), Map.entry("treize", 13.0), Map.entry("quatorze", 14.0),
      Map.entry("quinze", 15.0), Map.entry("seize", 16.0), Map.entry("vingt", 20.0), Map.entry("trente", 30.0),
      Map.entry("quarante", 40.0), Map.entry("cinquante", 50.0), Map.entry("soixante", 60.0),
      Map.entry("cent", 100.0), Map.entry("mille", 1000.0), Map.entry("two", 2.0), Map.entry("three", 3.0),
      Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
      Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
      Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0),
      Map.entry("fifty", 50.0), Map.entry("hundred", 100.0), Map.entry("thousand", 1000.0));
  private static final Map<String, Double> ABOUT = Map.of(
      "dizaine", 10.0, "douzaine", 12.0, "quinzaine", 15.0, "vingtaine", 20.0, "trentaine", 30.0,
      "cinquantaine", 50.0, "centaine", 100.0, "millier", 1000.0, "dozen", 12.0);
  private static final Map<String, Double> MULTIPLIERS = Map.of(
      "mille", 1e3, "thousand", 1e3, "million", 1e6, "millions", 1e6, "milliard", 1e9, "milliards", 1e9,
      "billion", 1e9, "billions", 1e9);
  private static final Set<String> AT_LEAST = Set.of("plus de", "au moins", "more than", "at least", "au-dela de");
  private static final Set<String> AT_MOST = Set.of(
      "moins de", "less than", "fewer than", "jusqu' a", "up to");
  private static final Set<String> HEDGES = Set.of(
      "environ", "quelque", "quelques", "pres", "presque", "approximativement", "about", "around", "nearly",
      "almost", "approximately", "roughly", "some", "quasi");
  private static final Set<String> RANGE = Set.of("a", "-", "to", "et", "au");
  private static final Set<String> SPACES = Set.of(" ", "\u00A0", "\u202F", "\u2009");
  private static final int UNIT_REACH = 3;

  /** The quantities of the passage that count something. */
  static List<Quantity> of(Analysis a) {
    List<Word> ws = a.words();
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < ws.size()) {
      Parsed first = number(a, i);
      if (first == null || a.negated(ws.get(i))) {
        i++;
        continue;
      }
      Parsed last = first;
      if (first.next < ws.size() && RANGE.contains(ws.get(first.next).folded())) {
        Parsed second = number(a, first.next + 1);
        if (second != null && second.value >= first.value) {
          last = second;
        }
      }
      int unitAt = unit(ws, last.next);
      String unit = unitAt < 0 ? null : ws.get(unitAt).is("cent") || ws.get(unitAt).is("%") ? "%" : ws.get(unitAt).stem();
      boolean year = first == last && first.value >= 1800 && first.value <= 2100 && first.exact
          && ws.get(i).text().length() == 4;
      if (unit != null && !year && !Calendar.dateWord(unit)) {
        double low = first.value - first.tolerance();
        double high = last.value + last.tolerance();
        String before = i > 0 ? ws.get(i - 1).folded() : "";
        String before2 = i > 1 ? ws.get(i - 2).folded() : "";
        String bound = before2 + " " + before;
        if (AT_LEAST.contains(bound) || before.equals("over")) {
          high = Double.POSITIVE_INFINITY;
        } else if (AT_MOST.contains(bound) || before.equals("under")) {
          low = 0;
        } else if (HEDGES.contains(before) || HEDGES.contains(before2) || first.about) {
          low = first.value * 0.8;
          high = last.value * 1.2;
        }
        Span span = new Span(ws.get(i).span().start(), ws.get(unitAt).span().end());
        out.add(new Quantity(span, low, high, unit));
      }
      i = last.next;
    }
    return out;
  }

  /**
   * A number read from word {@code i}: its value, whether it is written exactly, and the next word;
   * {@code precision} is half the unit of its last written digit when a multiplier scales it ("42
   * millions" is 41.5 to 42.5 million), else 0.
   */
  private record Parsed(double value, boolean exact, boolean about, int next, double precision) {
    /** How far the true value may be from the written one: 0 when exact, 5% for round figures. */
    double tolerance() {
      return exact ? 0 : precision > 0 ? precision : value * 0.05;
    }
  }

  private static Parsed number(Analysis a, int i) {
    List<Word> ws = a.words();
    if (i >= ws.size()) {
      return null;
    }
    Word w = ws.get(i);
    double value;
    boolean about = false;
    int next = i + 1;
    if (w.isNumber() && w.text().matches("[\\d.,]+")) {
      StringBuilder digits = new StringBuilder(w.text());
      while (next < ws.size() && ws.get(next).text().matches("\\d{3}(?:[.,]\\d+)?")
          && SPACES.contains(a.text().substring(ws.get(next - 1).span().end(), ws.get(next).span().start()))
          && digits.indexOf(",") < 0 && digits.indexOf(".") < 0) {
        digits.append(ws.get(next).text());
        next++;
      }
      value = parse(digits.toString(), a.english());
    } else if (WORDS.containsKey(w.folded()) || w.folded().contains("-") && compound(w.folded()) > 0) {
      value = WORDS.containsKey(w.folded()) ? WORDS.get(w.folded()) : compound(w.folded());
    } else if (ABOUT.containsKey(w.folded().replaceAll("s$", ""))) {
      value = ABOUT.get(w.folded().replaceAll("s$", ""));
      about = true;
    } else {
      return null;
    }
    boolean exact = !about;
    double precision = 0;
    if (next < ws.size() && MULTIPLIERS.containsKey(ws.get(next).folded())) {
      double multiplier = MULTIPLIERS.get(ws.get(next).folded());
      if (!about && w.isNumber()) {
        String written = w.text();
        int decimals = written.matches("\\d+[.,]\\d+") ? written.length() - Math.max(written.indexOf(','), written.indexOf('.')) - 1 : 0;
        precision = 0.5 * Math.pow(10, -decimals) * multiplier;
      }
      value *= multiplier;
      exact = false;
      next++;
    } else if (value >= 100 && value % 100 == 0) {
      exact = false;
    }
    return new Parsed(value, exact, about, next, precision);
  }

  private static double parse(String digits, boolean english) {
    String d = digits;
    if (english || d.matches("\\d{1,3}(\\.\\d{3})+")) {
      d = d.matches("\\d{1,3}([.,]\\d{3})+") ? d.replaceAll("[.,]", "") : d.replace(",", "");
    } else {
      d = d.replace(",", ".");
    }
    return Double.parseDouble(d);
  }

  /** "vingt-cinq" = 25, "cent-trente" = 130; 0 when a part is not a number word. */
  private static double compound(String folded) {
    double sum = 0;
    for (String part : folded.split("-")) {
      Double v = WORDS.get(part);
      if (v == null) {
        return 0;
      }
      sum = v == 100 && sum > 0 ? sum * 100 : sum + v;
    }
    return sum;
  }

  /** The index of the counted noun (or of "%", "cent" in "pour cent") after word {@code from}, or -1. */
  private static int unit(List<Word> ws, int from) {
    for (int k = from; k < Math.min(ws.size(), from + UNIT_REACH); k++) {
      Word w = ws.get(k);
      if (w.is("%") || w.is("percent")) {
        return k;
      }
      if (w.is("pour") && k + 1 < ws.size() && ws.get(k + 1).is("cent")) {
        return k + 1;
      }
      if (w.is("de") || w.is("d'") || w.is("of")) {
        continue;
      }
      return w.isLetter() && Lexicon.content(w) ? k : -1;
    }
    return -1;
  }
}
