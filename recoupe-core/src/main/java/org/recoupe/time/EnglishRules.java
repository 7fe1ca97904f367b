package org.recoupe.time;

import static org.recoupe.time.FrenchRules.B;
import static org.recoupe.time.FrenchRules.E;
import static org.recoupe.time.FrenchRules.SP;
import static org.recoupe.time.FrenchRules.join;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Recognition and normalisation rules for English time expressions, over folded text. */
final class EnglishRules {
  private EnglishRules() {}

  private static final String DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  private static final String MONTHS = "january|february|march|april|may|june|july|august|september"
      + "|october|november|december|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sept\\.|sep\\.|oct\\.|nov\\.|dec\\.";
  private static final String MONTH = "(?<mon>" + MONTHS + ")";
  private static final String DOM = "(?<dom>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d)";
  private static final String YEAR4 = "(?<year>1[0-9]{3}|20[0-9]{2})(?![\\p{N}]|[ .,]\\d{3})";
  private static final String PART = "(?<part>morning|afternoon|evening|night)";
  private static final String PREMOD = "(?:(?:the" + SP + ")?(?<pre>early|late|mid"
      + "|beginning of|end of|middle of|start of)(?:-|" + SP + "))";
  private static final String UNIT = "(?<u>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century"
      + "|weekends?|quarters?)";
  private static final String NUM = "(?<n>" + Numbers.DIGITS + "|" + Numbers.ENGLISH + "|an|a)";
  private static final String MODS = "about|around|approximately|roughly|nearly|almost|some|more than|over|at least"
      + "|less than|under|up to|no more than";
  private static final List<String> DAY_TRIGGERS = List.of(DAYS.split("\\|"));
  private static final List<String> MONTH_TRIGGERS = List.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec");
  private static final List<String> PREMOD_TRIGGERS = List.of("the", "early", "late",
      "mid", "beginning", "end", "middle", "start");
  private static final List<String> NUM_TRIGGERS = List.of("#", "a", "an", "one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety", "hundred", "dozen");
  private static final List<String> MOD_TRIGGERS = List.of("about", "around", "approximately", "roughly", "nearly",
      "almost", "some", "more", "over", "at", "less", "under", "up", "no");
  private static final Map<String, String> PARTS = Map.of("morning", "TMO", "afternoon", "TAF", "evening", "TEV",
      "night", "TNI", "dawn", "TMO", "dusk", "TEV", "tonight", "TNI");

  static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    rules.add(Rule.of("date-dmy", B + "(?:(?<dow>" + DAYS + "),?" + SP + ")?(?:the" + SP + ")?" + DOM + "(?:" + SP + "of)?"
        + SP + MONTH + "(?:,?" + SP + YEAR4 + ")?" + E, join(List.of("the", "#"), DAY_TRIGGERS),
        (g, r) -> Build.dayMonth(Integer.parseInt(g.get("dom")), month(g.get("mon")), g.get("year"),
            g.has("dow") ? weekday(g.get("dow")) : null, Resolver.Rel.NONE, r)));
    rules.add(Rule.of("date-mdy", B + "(?:(?<dow>" + DAYS + "),?" + SP + ")?" + MONTH + SP + DOM + "(?:,?" + SP + YEAR4 + ")?" + E,
        join(MONTH_TRIGGERS, DAY_TRIGGERS),
        (g, r) -> Build.dayMonth(Integer.parseInt(g.get("dom")), month(g.get("mon")), g.get("year"),
            g.has("dow") ? weekday(g.get("dow")) : null, Resolver.Rel.NONE, r)));
    rules.add(Rule.of("numeric-date", B + "(?<m>[01]?[0-9])/(?<d>[0-3]?[0-9])/(?<y>[12][0-9]{3})" + E, List.of("#"),
        (g, r) -> Build.dayMonth(Integer.parseInt(g.get("d")), Integer.parseInt(g.get("m")), g.get("y"), null,
            Resolver.Rel.NONE, r)));
    rules.add(Rule.of("iso-date", B + "(?<y>[12][0-9]{3})-(?<m>[01][0-9])-(?<d>[0-3][0-9])" + E, List.of("#"),
        (g, r) -> Build.dayMonth(Integer.parseInt(g.get("d")), Integer.parseInt(g.get("m")), g.get("y"), null,
            Resolver.Rel.NONE, r)));
    rules.add(Rule.of("month", B + PREMOD + "?(?:(?<rel>last|next|this)" + SP + ")?" + MONTH + "(?:,?" + SP + YEAR4 + ")?" + E,
        join(join(MONTH_TRIGGERS, PREMOD_TRIGGERS), List.of("last", "next", "this")), EnglishRules::month));
    rules.add(Rule.of("year", B + PREMOD + "?" + YEAR4 + E, join(List.of("#"), PREMOD_TRIGGERS), (g, r) -> {
      String text = r.text;
      int ys = r.end - 4;
      if (ys >= 2 && (text.charAt(ys - 1) == ' ' || text.charAt(ys - 1) == ',') && Character.isDigit(text.charAt(ys - 2))) {
        return null;
      }
      int lineStart = text.lastIndexOf('\n', ys - 1) + 1;
      int lineEnd = text.indexOf('\n', r.end);
      if (text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip().length() == 4) {
        return null;
      }
      int i = r.end;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      if (i > r.end && i < text.length() && Character.isLetter(text.charAt(i))) {
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
          j++;
        }
        if (!FrenchRules.afterYear(text.substring(i, j))) {
          return null;
        }
      }
      return withPre(Found.of(TimexType.DATE, g.get("year")), g);
    }));
    rules.add(Rule.of("decade", B + PREMOD + "?(?:the" + SP + ")?(?:(?<c>1[0-9]|20)(?<d>[0-9])0|'?(?<dd>[1-9])0)'?s" + E,
        join(List.of("the", "#"), PREMOD_TRIGGERS),
        (g, r) -> withPre(Found.of(TimexType.DATE, g.has("c") ? g.get("c") + g.get("d") : "19" + g.get("dd")), g)));
    rules.add(Rule.of("century", B + PREMOD + "?(?:the" + SP + ")?(?<ord>[0-9]{1,2})(?:st|nd|rd|th)" + SP + "century" + E,
        join(List.of("the", "#"), PREMOD_TRIGGERS), (g, r) -> {
          Found f = Build.century(Integer.parseInt(g.get("ord")));
          return f == null ? null : withPre(f, g);
        }));
    rules.add(Rule.of("night-of", B + "(?:the" + SP + ")?night" + SP + "of" + SP + "(?<dow>" + DAYS + ")" + SP + "(?:to|into)"
        + SP + "(?<dow2>" + DAYS + ")" + E, List.of("the", "night"), (g, r) -> {
          DayOfWeek second = weekday(g.get("dow2"));
          if (second != weekday(g.get("dow")).plus(1)) {
            return null;
          }
          LocalDate d = r.weekday(second, Resolver.Rel.NONE);
          return Found.of(TimexType.TIME, (d == null ? "XXXX-WXX-" + weekday(g.get("dow")).getValue()
              : TimexValues.day(d.minusDays(1))) + "TNI");
        }));
    rules.add(Rule.of("weekday", B + "(?:(?<rel>last|next|this|that|coming|past)" + SP + ")?(?<dow>" + DAYS + ")(?:" + SP + PART + ")?" + E,
        join(List.of("last", "next", "this", "that", "coming", "past"), DAY_TRIGGERS),
        (g, r) -> Build.weekday(weekday(g.get("dow")), rel(g.get("rel")), part(g.get("part")), r)));
    rules.add(Rule.of("deictic", B + "(?<w>the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight)"
        + "(?:" + SP + PART + ")?" + E, List.of("the", "yesterday", "today", "tomorrow", "tonight"), (g, r) -> {
          LocalDate a = r.anchor();
          LocalDate d = a == null ? null : switch (g.get("w")) {
            case "yesterday" -> a.minusDays(1);
            case "the day before yesterday" -> a.minusDays(2);
            case "tomorrow" -> a.plusDays(1);
            case "the day after tomorrow" -> a.plusDays(2);
            default -> a;
          };
          String p = g.get("w").equals("tonight") ? "TNI" : part(g.get("part"));
          return Build.dayPart(d, p);
        }));
    rules.add(Rule.of("this-part", B + "(?:this" + SP + PART + "|last" + SP + "(?<night>night))" + E, List.of("this", "last"),
        (g, r) -> {
          LocalDate a = r.anchor();
          if (g.has("night")) {
            return Build.dayPart(a == null ? null : a.minusDays(1), "TNI");
          }
          return Build.dayPart(a, part(g.get("part")));
        }));
    rules.add(Rule.of("part", B + "(?:(?<before>before|at|by)" + SP + ")(?<part>dawn|dusk)" + E, List.of("before", "at", "by"),
        (g, r) -> {
          Found f = Build.dayPart(r.ref(), part(g.get("part")));
          return g.get("before").equals("before") ? f.withMod("BEFORE") : f;
        }));
    rules.add(Rule.of("refs", B + "(?<w>now|currently|nowadays|these days|at present|formerly|in the past|in the future)" + E,
        List.of("now", "currently", "nowadays", "these", "at", "formerly", "in"), (g, r) -> Found.of(TimexType.TIME,
            switch (g.get("w")) {
              case "formerly", "in the past" -> "PAST_REF";
              case "in the future" -> "FUTURE_REF";
              default -> "PRESENT_REF";
            })));
    rules.add(Rule.of("relative-unit", B + PREMOD + "?(?<rel>last|next|this|the past|the coming|the previous|the following)"
        + SP + "(?<u>year|month|week|weekend|decade|century|quarter)" + E,
        join(List.of("last", "next", "this", "the"), PREMOD_TRIGGERS), (g, r) -> {
          Resolver.Rel rel = rel(g.get("rel"));
          int offset = rel == Resolver.Rel.LAST || rel == Resolver.Rel.PREVIOUS ? -1
              : rel == Resolver.Rel.NEXT || rel == Resolver.Rel.FOLLOWING ? 1 : 0;
          LocalDate base = rel == Resolver.Rel.PREVIOUS || rel == Resolver.Rel.FOLLOWING ? r.ref() : r.anchor();
          String u = g.get("u");
          String code = u.equals("weekend") ? "WE" : u.equals("quarter") ? "Q" : unit(u);
          return withPre(Build.period(base, code, offset), g);
        }));
    rules.add(Rule.of("ago", B + "(?:(?<mod>" + MODS + ")" + SP + ")?(?:" + NUM + "|(?<some>a few|several|some))" + SP + UNIT
        + SP + "(?<dir>ago|earlier|later|before|after)" + E, join(join(NUM_TRIGGERS, MOD_TRIGGERS), List.of("a", "several", "some")),
        (g, r) -> {
          String dir = g.get("dir");
          boolean past = dir.equals("ago") || dir.equals("earlier") || dir.equals("before");
          LocalDate base = dir.equals("ago") ? r.anchor() : r.ref();
          return shift(g, base, past ? -1 : 1);
        }));
    rules.add(Rule.of("in", "(?<=in |within )(?:" + NUM + "|(?<some>a few|several))" + SP + UNIT + "(?!" + SP + "(?:of|ago))" + E,
        join(NUM_TRIGGERS, List.of("a", "several")), (g, r) -> {
          if (r.tense() != Tense.FUTURE) {
            return duration(g);
          }
          return shift(g, r.anchor(), 1);
        }));
    rules.add(Rule.of("duration", B + "(?:(?<mod>" + MODS + ")" + SP + ")?(?:" + NUM + "|(?<some>a few|several|many))(?:" + SP + "|-)"
        + UNIT + E, join(join(NUM_TRIGGERS, MOD_TRIGGERS), List.of("several", "many")), (g, r) -> {
          Found f = duration(g);
          return f == null ? null : f.withMod(mod(g.get("mod")));
        }));
    rules.add(Rule.of("clock", B + "(?:(?<approx>around|about|at about|shortly before|shortly after)" + SP + ")?"
        + "(?<h>[01]?[0-9]|2[0-3])(?::(?<mi>[0-5][0-9]))?[ \\t]*(?<ampm>a\\.m\\.|p\\.m\\.|am|pm)(?![\\p{L}\\p{N}])"
        + "(?:" + SP + "(?:local time|gmt|utc|et|est|edt|bst))?" + E,
        join(List.of("#", "around", "about", "at", "shortly"), List.of()), EnglishRules::clock));
    rules.add(Rule.of("clock-colon", "(?:(?<=at |by |until )|(?<approx>around|about)" + SP + ")(?<h>[01]?[0-9]|2[0-3]):(?<mi>[0-5][0-9])"
        + "(?<ampm>)" + E, List.of("#", "around", "about"), EnglishRules::clock));
    rules.add(Rule.of("noon", B + "(?:(?<approx>around|about)" + SP + ")?(?<w>noon|midnight|midday)" + E,
        List.of("around", "about", "noon", "midnight", "midday"), (g, r) -> {
          Found f = Build.clock(r.ref(), g.get("w").equals("midnight") ? 0 : 12, 0);
          return g.has("approx") ? f.withMod("APPROX") : f;
        }));
    rules.add(Rule.of("set", B + "(?:every|each)" + SP + "(?<u>day|week|month|year|morning|evening|night|weekend|(?<dow>" + DAYS + "))" + E,
        List.of("every", "each"), (g, r) -> {
          if (g.has("dow")) {
            return Found.of(TimexType.SET, "XXXX-WXX-" + weekday(g.get("dow")).getValue());
          }
          return Found.of(TimexType.SET, switch (g.get("u")) {
            case "week", "weekend" -> "P1W";
            case "month" -> "P1M";
            case "year" -> "P1Y";
            default -> "P1D";
          });
        }));
    return List.copyOf(rules);
  }

  private static Found month(Rule.Groups g, Resolver r) {
    String mon = g.get("mon");
    if ((mon.equals("may") || mon.equals("march")) && !g.has("year") && !g.has("rel") && !g.has("pre")) {
      int s = r.start;
      String before = r.text.substring(Math.max(0, s - 7), s);
      if (!before.matches(".*(?:in|since|until|of|early|late|mid|by|from|to) $")) {
        return null;
      }
    }
    return withPre(Build.month(month(mon), g.get("year"), rel(g.get("rel")), r), g);
  }

  private static Found clock(Rule.Groups g, Resolver r) {
    int h = Integer.parseInt(g.get("h"));
    String ampm = g.get("ampm");
    if (ampm != null && !ampm.isEmpty()) {
      if (h > 12) {
        return null;
      }
      boolean pm = ampm.startsWith("p");
      h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
    }
    Found f = Build.clock(r.ref(), h, g.has("mi") ? Integer.parseInt(g.get("mi")) : 0);
    if (f == null || !g.has("approx")) {
      return f;
    }
    String a = g.get("approx");
    return f.withMod(a.equals("shortly before") ? "BEFORE" : a.equals("shortly after") ? "AFTER" : "APPROX");
  }

  private static Found shift(Rule.Groups g, LocalDate base, int sign) {
    if (g.has("some")) {
      return Found.of(TimexType.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF");
    }
    Double n = Numbers.parse(g.get("n"));
    if (n == null || n != Math.rint(n) || n > 10000) {
      return null;
    }
    String code = unit(g.get("u"));
    return switch (code) {
      case "TH", "TM", "TS" -> Build.dayPart(base, null);
      case "Q" -> Build.shifted(base, sign * 3 * n.intValue(), "M");
      default -> Build.shifted(base, sign * n.intValue(), code);
    };
  }

  private static Found duration(Rule.Groups g) {
    Double n = null;
    if (g.has("n")) {
      n = Numbers.parse(g.get("n"));
      if (n == null) {
        return null;
      }
    }
    return Found.of(TimexType.DURATION, Build.duration(n, unit(g.get("u"))));
  }

  private static Found withPre(Found f, Rule.Groups g) {
    if (f == null || !g.has("pre")) {
      return f;
    }
    String p = g.get("pre");
    return f.withMod(p.equals("early") || p.endsWith("beginning of") || p.equals("start of") ? "START"
        : p.equals("late") || p.equals("end of") ? "END" : "MID");
  }

  private static String mod(String m) {
    if (m == null) {
      return null;
    }
    return switch (m) {
      case "about", "around", "approximately", "roughly", "some" -> "APPROX";
      case "nearly", "almost", "less than", "under" -> "LESS_THAN";
      case "more than", "over" -> "MORE_THAN";
      case "at least" -> "EQUAL_OR_MORE";
      default -> "EQUAL_OR_LESS";
    };
  }

  private static String unit(String u) {
    String s = u.endsWith("ies") ? u.substring(0, u.length() - 3) + "y" : u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
    return switch (s) {
      case "second" -> "TS";
      case "minute" -> "TM";
      case "hour" -> "TH";
      case "day" -> "D";
      case "week", "weekend" -> "W";
      case "month" -> "M";
      case "decade" -> "DE";
      case "century" -> "CE";
      case "quarter" -> "Q";
      default -> "Y";
    };
  }

  private static String part(String p) {
    return p == null ? null : PARTS.get(p);
  }

  private static Resolver.Rel rel(String w) {
    if (w == null) {
      return Resolver.Rel.NONE;
    }
    return switch (w) {
      case "last", "past", "the past" -> Resolver.Rel.LAST;
      case "next", "coming", "the coming" -> Resolver.Rel.NEXT;
      case "the previous" -> Resolver.Rel.PREVIOUS;
      case "the following" -> Resolver.Rel.FOLLOWING;
      default -> Resolver.Rel.THIS;
    };
  }

  private static DayOfWeek weekday(String w) {
    return DayOfWeek.valueOf(w.toUpperCase(java.util.Locale.ROOT));
  }

  private static int month(String m) {
    String k = m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    return switch (k.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }
}
