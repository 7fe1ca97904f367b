package org.recoupe.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Recognition and normalisation rules for French time expressions, over folded text. */
final class FrenchRules {
  private FrenchRules() {}

  static final String B = "(?<![\\p{L}\\p{N}])";
  static final String E = "(?![\\p{L}\\p{N}])";
  static final String SP = "[ \\t]+";
  private static final String DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
  private static final String DAY = "(?<dow>" + DAYS + ")";
  private static final String MONTH = "(?<mon>janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout"
      + "|septembre|octobre|novembre|décembre|decembre|janv\\.|févr\\.|fevr\\.|avr\\.|juil\\.|sept\\."
      + "|oct\\.|nov\\.|déc\\.|dec\\.)";
  private static final String DOM = "(?<dom>1er|premier|[12][0-9]|3[01]|0?[1-9])(?!\\d)";
  private static final String YEAR4 = "(?<year>1[0-9]{3}|20[0-9]{2})(?![\\p{N}]|[ .,]\\d{3})";
  private static final String YY = "'?(?<yy>[0-9]{2})(?=[ \\t]*(?:[,.;:)\\n]|$))";
  private static final String PART = "(?:en (?<ppre>début|fin) (?:de |d'))?(?<part>matinée|matin|après-midi|midi|soirée|soir|nuit)";
  private static final String PREMOD = "(?:(?:(?:la|le)" + SP + ")?(?<pre>début|fin|mi|milieu|courant)(?:-|" + SP
      + "(?:de" + SP + "|d'|du" + SP + "|des" + SP + ")?))";
  private static final String REL = "(?<rel>dernier|dernière|derniers|dernières|prochain|prochaine"
      + "|prochains|prochaines|passé|passée|précédent|précédente|suivant|suivante|en cours|écoulée?)";
  private static final String UNIT = "(?<u>secondes?|minutes?|heures?|jours?|journées?|semaines?|mois|ans"
      + "|années?|décennies?|siècles?|trimestres?|semestres?|week-ends?)";
  private static final String NUM = "(?<n>" + Numbers.DIGITS + "|" + Numbers.FRENCH + ")";
  private static final String DAYWORD = "avant-hier|après-demain|aujourd'hui|hier|demain|" + DAYS;

  private static final List<String> DAY_TRIGGERS = List.of(DAYS.split("\\|"));
  private static final List<String> MONTH_TRIGGERS = List.of("janvier", "février", "fevrier", "mars",
      "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre",
      "décembre", "decembre", "janv", "févr", "fevr", "avr", "juil", "sept", "oct", "nov", "déc", "dec");
  private static final List<String> PREMOD_TRIGGERS = List.of("la", "le", "début", "fin", "mi",
      "milieu", "courant");
  private static final List<String> NUM_TRIGGERS = List.of("#", "un", "une", "deux", "trois",
      "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
      "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante",
      "cent", "mille");

  private static final Map<String, String> PARTS = Map.of(
      "matin", "TMO", "matinée", "TMO", "aube", "TMO", "aurore", "TMO", "après-midi", "TAF",
      "midi", "T12:00", "soir", "TEV", "soirée", "TEV", "nuit", "TNI", "crépuscule", "TEV");

  private static final Set<String> AFTER_YEAR = Set.of(
      "et", "ou", "à", "au", "aux", "a", "ont", "avait", "avaient", "est", "sont", "était",
      "étaient", "sera", "seront", "en", "dans", "par", "pour", "avec", "lors", "où", "quand",
      "puis", "après", "avant", "selon", "contre", "jusqu", "mais", "déjà", "encore", "il", "elle",
      "ils", "elles", "on", "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce",
      "cette", "ces", "sur", "sous", "entre", "dont", "qui", "que", "qu", "se", "s", "n", "ne",
      "y", "même", "notamment", "alors", "lorsque", "soit", "comme", "fut", "marque", "the", "and",
      "or", "to", "in", "at", "was", "were", "is", "are", "has", "had", "have", "will", "when",
      "after", "before", "by", "for", "with", "from", "until", "as", "that", "which", "who", "of",
      "but", "it", "he", "she", "they", "we", "i", "an", "while", "nous", "vous", "je", "cela",
      "ça", "celui", "celle", "leur", "leurs", "son", "sa", "ses");

  private static final Set<String> NOT_YEAR_BEFORE = Set.of(
      "résolution", "numéro", "n°", "no", "article", "page", "pages", "loi", "décret", "vol", "route",
      "rn", "rd", "a", "ligne", "code", "chambre", "bus", "tél", "tél.", "cedex", "bp", "modèle",
      "score", "résolutions", "lot", "dossier", "référence", "réf.", "©", "copyright", "(c)");

  static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    List<String> dateTriggers = join(List.of("le", "ce", "premier", "#"), DAY_TRIGGERS);
    rules.add(Rule.of("date", B + "(?:(?:le|ce)" + SP + ")?(?:" + DAY + SP + ")?" + DOM + SP + MONTH
        + "(?:" + SP + "(?:" + YEAR4 + "|" + YY + "))?(?:" + SP + REL + ")?" + E, dateTriggers,
        (g, r) -> Build.dayMonth(dom(g.get("dom")), month(g.get("mon")), year(g),
            g.has("dow") ? weekday(g.get("dow")) : null, rel(g.get("rel")), r)));
    rules.add(Rule.of("numeric-date", B + "(?<d>[0-3]?[0-9])[/.](?<m>[01]?[0-9])[/.](?<y>[12][0-9]{3}|[0-9]{2})" + E,
        List.of("#"), (g, r) -> Build.dayMonth(Integer.parseInt(g.get("d")), Integer.parseInt(g.get("m")),
            g.get("y"), null, Resolver.Rel.NONE, r)));
    rules.add(Rule.of("iso-date", B + "(?<y>[12][0-9]{3})-(?<m>[01][0-9])-(?<d>[0-3][0-9])" + E,
        List.of("#"), (g, r) -> Build.dayMonth(Integer.parseInt(g.get("d")), Integer.parseInt(g.get("m")),
            g.get("y"), null, Resolver.Rel.NONE, r)));
    rules.add(Rule.of("month", B + PREMOD + "?(?:(?:le" + SP + ")?mois" + SP + "(?:de" + SP + "|d'))?"
        + MONTH + "(?:" + SP + "(?:de l'année" + SP + ")?(?:" + YEAR4 + "|" + YY + "))?(?:" + SP + REL + ")?" + E,
        join(join(MONTH_TRIGGERS, PREMOD_TRIGGERS), List.of("mois")),
        (g, r) -> withPre(Build.month(month(g.get("mon")), year(g), rel(g.get("rel")), r), g)));
    rules.add(Rule.of("year", B + PREMOD + "?(?:(?:l'année|l'an|en l'an)" + SP + ")?" + YEAR4 + E,
        join(List.of("#", "l", "en"), PREMOD_TRIGGERS), FrenchRules::year));
    rules.add(Rule.of("decade", B + PREMOD + "?(?:les" + SP + "|la" + SP + ")?(?:années|décennie)" + SP
        + "(?:(?<c>1[0-9]|20)(?<d>[0-9])0|(?<dd>[1-9])0)(?:'|s)?" + E,
        join(List.of("les", "la", "années", "décennie"), PREMOD_TRIGGERS), (g, r) -> withPre(Found.of(TimexType.DATE,
            g.has("c") ? g.get("c") + g.get("d") : "19" + g.get("dd")), g)));
    rules.add(Rule.of("century", B + PREMOD + "?(?:(?:le|au|du)" + SP + ")?(?<ord>[ivxl]+|[0-9]{1,2})(?:e|ème|eme|ᵉ|er)"
        + SP + "siècle" + E, join(List.of("le", "au", "du", "#", "i", "v", "x", "l", "ii", "iii", "iv", "vi",
            "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi",
            "ier", "iie", "ie", "iiie", "ive", "ve", "vie", "viie", "viiie", "ixe", "xe", "xie", "xiie",
            "xiiie", "xive", "xve", "xvie", "xviie", "xviiie", "xixe", "xxe", "xxie", "ixème", "xxème"),
            PREMOD_TRIGGERS), (g, r) -> {
              int n = Build.ordinal(g.get("ord"));
              Found f = Build.century(n);
              return f == null ? null : withPre(f, g);
            }));
    rules.add(Rule.of("night-of", B + "(?:la" + SP + ")?nuit" + SP + "(?:de|du)" + SP + DAY + SP + "(?:à|au)"
        + SP + "(?<dow2>" + DAYS + ")" + E, List.of("la", "nuit"), (g, r) -> {
          DayOfWeek second = weekday(g.get("dow2"));
          if (second != weekday(g.get("dow")).plus(1)) {
            return null;
          }
          LocalDate d = r.weekday(second, Resolver.Rel.NONE);
          return Found.of(TimexType.TIME, (d == null ? "XXXX-WXX-" + weekday(g.get("dow")).getValue()
              : TimexValues.day(d.minusDays(1))) + "TNI");
        }));
    rules.add(Rule.of("weekday", B + "(?:(?:ce|cette)" + SP + ")?(?:même" + SP + ")?" + DAY
        + "(?:" + SP + "(?<rel>dernier|prochain|passé|précédent|suivant))?(?:" + SP + PART + ")?" + E,
        join(List.of("ce", "cette", "même"), DAY_TRIGGERS),
        (g, r) -> r.text.startsWith(" saint", r.end) ? null
            : partMod(Build.weekday(weekday(g.get("dow")), rel(g.get("rel")), part(g.get("part")), r), g)));
    rules.add(Rule.of("deictic", B + "(?<w>avant-hier|après-demain|aujourd'hui|hier|demain)(?:" + SP + "(?:" + PART
        + "|(?<dow>" + DAYS + ")))?" + E, List.of("avant", "après", "aujourd", "hier", "demain"),
        (g, r) -> partMod(Build.dayPart(dayWord(g.get("w"), r), part(g.get("part"))), g)));
    rules.add(Rule.of("this-part", B + "(?:ce|cette|cet)" + SP + "(?<part>matinée|matin|après-midi|midi|soirée|soir|nuit)"
        + "(?:-ci|-là)?" + E, List.of("ce", "cette", "cet"), (g, r) -> Build.dayPart(r.anchor(), part(g.get("part")))));
    rules.add(Rule.of("part", B + "(?:(?<before>avant|dès)" + SP + ")?(?:(?:en" + SP + ")?(?<pre>début|fin)" + SP + "(?:de" + SP
        + "|d'))?(?:la" + SP + "|le" + SP + "|l')?(?<part>aube|aurore|matinée|après-midi|soirée|nuit|matin|soir|crépuscule)"
        + "(?:" + SP + "même)?" + E, List.of("avant", "dès", "en", "début", "fin", "la", "le", "l", "aube", "aurore",
            "matinée", "après", "soirée", "nuit", "matin", "soir", "crépuscule"), FrenchRules::partOfDay));
    rules.add(Rule.of("relative-day", B + "(?:la|le|l'|au)[ \\t]*(?<w>veille|lendemain|avant-veille|surlendemain)"
        + "(?:" + SP + PART + ")?" + E, List.of("la", "le", "l", "au"), (g, r) -> {
          LocalDate ref = r.ref();
          int shift = switch (g.get("w")) {
            case "veille" -> -1;
            case "avant-veille" -> -2;
            case "lendemain" -> 1;
            default -> 2;
          };
          return Build.dayPart(ref == null ? null : ref.plusDays(shift), part(g.get("part")));
        }));
    rules.add(Rule.of("same-day", B + "(?:le même jour|le jour même|ce jour-là|ce même jour)" + E, List.of("le", "ce"),
        (g, r) -> Build.dayPart(r.ref(), null)));
    rules.add(Rule.of("present-ref", B + "(?:maintenant|actuellement|désormais|à présent|pour l'instant|pour le moment"
        + "|en ce moment|de nos jours|à l'heure actuelle)" + E, List.of("maintenant", "actuellement", "désormais",
            "à", "pour", "en", "de"), (g, r) -> Found.of(TimexType.TIME, "PRESENT_REF")));
    rules.add(Rule.of("past-ref", B + "(?:autrefois|auparavant|jadis|naguère|par le passé)" + E,
        List.of("autrefois", "auparavant", "jadis", "naguère", "par"), (g, r) -> Found.of(TimexType.TIME, "PAST_REF")));
    rules.add(Rule.of("future-ref", B + "(?:l'avenir|le futur)" + E, List.of("l", "le"),
        (g, r) -> Found.of(TimexType.TIME, "FUTURE_REF")));
    rules.add(Rule.of("relative-unit", B + PREMOD + "?(?<det>l'|cette" + SP + "|ce" + SP + "|cet" + SP + "|la" + SP
        + "|le" + SP + ")?(?<u>année|an|mois|semaine|week-end|trimestre|semestre|décennie|siècle)(?<ci>-ci)?(?:" + SP + REL + ")?" + E,
        join(List.of("l", "cette", "ce", "cet", "année", "an", "mois", "semaine", "week", "trimestre", "semestre"),
            PREMOD_TRIGGERS), FrenchRules::relativeUnit));
    rules.add(Rule.of("season", B + PREMOD + "?(?<det>l'|cet" + SP + "|ce" + SP + "|en" + SP + "|au" + SP + ")?"
        + "(?<s>printemps|été|automne|hiver)(?:" + SP + "(?:" + YEAR4 + "|(?<rel>dernier|prochain|passé)))?" + E,
        join(List.of("l", "cet", "ce", "en", "au", "printemps", "été", "automne", "hiver"), PREMOD_TRIGGERS),
        FrenchRules::season));
    rules.add(Rule.of("ago", B + "(?:il" + SP + "y" + SP + "a|voici|voilà)" + SP + "(?:(?<mod>" + MODS + ")" + SP + ")?(?:" + NUM
        + "|(?<some>quelques|plusieurs))" + SP + UNIT + E, List.of("il", "voici", "voilà"),
        (g, r) -> shift(g, r, r.anchor(), -1)));
    rules.add(Rule.of("in", B + "dans" + SP + "(?:" + NUM + "|(?<some>quelques|plusieurs))" + SP + UNIT + E,
        List.of("dans"), (g, r) -> shift(g, r, r.anchor(), 1)));
    rules.add(Rule.of("later", B + "(?:" + NUM + "|(?<some>quelques|plusieurs))" + SP + UNIT + SP
        + "(?<dir>plus tôt|plus tard|auparavant)" + E, NUM_TRIGGERS,
        (g, r) -> unit(g.get("u")).startsWith("T") ? null : shift(g, r, r.ref(), g.get("dir").equals("plus tard") ? 1 : -1)));
    rules.add(Rule.of("last-units", B + "(?:les|ces)" + SP + "(?:" + NUM + SP + ")?(?<dir>derniers|dernières|prochains|prochaines)"
        + SP + "(?:(?<n2>" + Numbers.DIGITS + "|" + Numbers.FRENCH + ")" + SP + ")?" + UNIT + E, List.of("les", "ces"), (g, r) -> {
          Double n = g.has("n") ? Numbers.parse(g.get("n")) : g.has("n2") ? Numbers.parse(g.get("n2")) : null;
          return Found.of(TimexType.DURATION, Build.duration(n, unit(g.get("u"))));
        }));
    rules.add(Rule.of("fraction", B + "(?:(?<mod>" + MODS + ")" + SP + ")?(?<w>un demi-siècle|un quart de siècle|une demi-heure"
        + "|un quart d'heure|trois quarts d'heure|une demi-journée|un demi-siècle|une décennie|un siècle)" + E,
        join(List.of("un", "une", "trois"), MOD_TRIGGERS), (g, r) -> {
          String v = switch (g.get("w")) {
            case "un demi-siècle" -> "P50Y";
            case "un quart de siècle" -> "P25Y";
            case "une demi-heure" -> "PT30M";
            case "un quart d'heure" -> "PT15M";
            case "trois quarts d'heure" -> "PT45M";
            case "une demi-journée" -> "PT12H";
            case "une décennie" -> "P10Y";
            default -> "P100Y";
          };
          return Found.of(TimexType.DURATION, v, mod(g.get("mod")));
        }));
    rules.add(Rule.of("duration", B + "(?:(?<mod>" + MODS + ")" + SP + ")?(?:" + NUM + "|(?<some>quelques|plusieurs|des"
        + "|de nombreux|de nombreuses|de longs|de longues|une dizaine d'|une dizaine de|une vingtaine d'|une vingtaine de"
        + "|une centaine d'|une centaine de|une quinzaine de|une trentaine d'|une trentaine de|une cinquantaine d'))"
        + "(?:" + SP + "|(?<='))" + UNIT + "(?<half>" + SP + "et" + SP + "demie?)?" + E,
        join(join(NUM_TRIGGERS, MOD_TRIGGERS), List.of("quelques", "plusieurs", "des", "de", "une")),
        FrenchRules::duration));
    rules.add(Rule.of("clock", B + "(?:(?<approx>vers|aux alentours de|autour de|peu avant|peu après)" + SP + ")?"
        + "(?<h>[01]?[0-9]|2[0-4])[ \\t]*h[ \\t]*(?<mi>[0-5][0-9])?" + E
        + "(?:" + SP + "(?:locales?|gmt|heure locale|heure de paris|heure française))?"
        + "(?:,?" + SP + "(?<dw2>" + DAYWORD + "))?" + E,
        List.of("#", "vers", "aux", "autour", "peu"), FrenchRules::clock));
    rules.add(Rule.of("clock-heures", "(?:(?<=à |dès |jusqu'à |avant |après )|(?<approx>vers|aux alentours de)" + SP + ")"
        + "(?<h>[01]?[0-9]|2[0-4])" + SP + "heures?(?:" + SP + "(?<mi>[0-5][0-9]))?" + E,
        List.of("#", "vers", "aux"), FrenchRules::clock));
    rules.add(Rule.of("clock-colon", "(?:(?<=à |dès |jusqu'à |avant |après )|(?<approx>vers)" + SP + ")"
        + "(?<h>[01]?[0-9]|2[0-3]):(?<mi>[0-5][0-9])" + E, List.of("#", "vers"), FrenchRules::clock));
    rules.add(Rule.of("noon", "(?<![\\p{L}\\p{N}-])(?:(?<approx>vers)" + SP + ")?(?<w>midi|minuit)" + E,
        List.of("vers", "midi", "minuit"), (g, r) -> {
          Found f = Build.clock(r.ref(), g.get("w").equals("midi") ? 12 : 0, 0);
          return g.has("approx") ? f.withMod("APPROX") : f;
        }));
    rules.add(Rule.of("set", B + "(?:chaque|tous" + SP + "les|toutes" + SP + "les)" + SP
        + "(?<u>jours?|semaines?|mois|ans?|années?|matins?|soirs?|nuits?|week-ends?|(?<dow>lundi|mardi|mercredi|jeudi"
        + "|vendredi|samedi|dimanche)s?)" + E, List.of("chaque", "tous", "toutes"), FrenchRules::set));
    rules.add(Rule.of("per", "(?<=par )(?<u>jour|semaine|mois|an|année|heure|minute)" + E,
        List.of("jour", "semaine", "mois", "an", "année", "heure", "minute"), FrenchRules::set));
    return List.copyOf(rules);
  }

  static final String MODS = "environ|près de|presque|quasiment|approximativement|à peu près|plus de|au-delà de"
      + "|pas moins de|au moins|moins de|pas plus de|au plus|jusqu'à|quelque|un peu plus de|un peu moins de";
  private static final List<String> MOD_TRIGGERS = List.of("environ", "près", "presque", "quasiment",
      "approximativement", "à", "plus", "au", "pas", "moins", "jusqu", "quelque", "un");

  private static String mod(String m) {
    if (m == null) {
      return null;
    }
    return switch (m) {
      case "environ", "près de", "presque", "quasiment", "approximativement", "à peu près", "quelque" -> "APPROX";
      case "plus de", "au-delà de", "un peu plus de" -> "MORE_THAN";
      case "pas moins de", "au moins" -> "EQUAL_OR_MORE";
      case "moins de", "un peu moins de" -> "LESS_THAN";
      case "pas plus de", "au plus", "jusqu'à" -> "EQUAL_OR_LESS";
      default -> null;
    };
  }

  private static Found year(Rule.Groups g, Resolver r) {
    String text = r.text;
    int s = r.start;
    int e = r.end;
    boolean cued = g.has("pre") || text.startsWith("l'", s) || text.startsWith("en l'", s);
    if (!cued) {
      int yearStart = e - 4;
      int a = yearStart - 1;
      if (a >= 0 && text.charAt(a) == '+') {
        return null;
      }
      if (a >= 1 && (text.charAt(a) == ' ' || text.charAt(a) == '.' || text.charAt(a) == ',') && Character.isDigit(text.charAt(a - 1))) {
        return null;
      }
      int w = a;
      while (w > 0 && text.charAt(w - 1) != ' ' && text.charAt(w - 1) != '\n') {
        w--;
      }
      if (a > 0 && text.charAt(a) == ' ' && NOT_YEAR_BEFORE.contains(text.substring(w, a))) {
        return null;
      }
      int lineStart = text.lastIndexOf('\n', yearStart - 1) + 1;
      int lineEnd = text.indexOf('\n', e);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (text.substring(lineStart, lineEnd).strip().length() == 4) {
        return null;
      }
      int i = e;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      if (i < text.length()) {
        char c = text.charAt(i);
        if (c == '%' || c == '€' || c == '$' || c == '£') {
          return null;
        }
        if (Character.isLetter(c) && i > e) {
          int j = i;
          while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
          }
          if (!AFTER_YEAR.contains(text.substring(i, j))) {
            return null;
          }
        }
      }
    }
    return withPre(Found.of(TimexType.DATE, g.get("year")), g);
  }

  /** Whether a word may follow a bare year ("en 1961 et", "in 1961 the"), unlike a noun ("2000 personnes"). */
  static boolean afterYear(String word) {
    return AFTER_YEAR.contains(word);
  }

  private static Found withPre(Found f, Rule.Groups g) {
    if (f == null || !g.has("pre")) {
      return f;
    }
    return f.withMod(switch (g.get("pre")) {
      case "début" -> "START";
      case "fin" -> "END";
      default -> "MID";
    });
  }

  private static Found partMod(Found f, Rule.Groups g) {
    if (!g.has("ppre")) {
      return f;
    }
    return f.withMod(g.get("ppre").equals("début") ? "START" : "END");
  }

  private static Found partOfDay(Rule.Groups g, Resolver r) {
    String text = r.text;
    boolean determined = text.startsWith("la", r.start) || text.startsWith("le", r.start) || text.startsWith("l'", r.start)
        || g.has("before") || g.has("pre");
    if (!determined) {
      return null;
    }
    String p = part(g.get("part"));
    Found f = Build.dayPart(r.ref(), p);
    if (g.has("before") && g.get("before").equals("avant")) {
      return f.withMod("BEFORE");
    }
    return g.has("pre") ? f.withMod(g.get("pre").equals("début") ? "START" : "END") : f;
  }

  private static Found relativeUnit(Rule.Groups g, Resolver r) {
    String det = g.get("det") == null ? null : g.get("det").strip();
    String u = g.get("u");
    String relWord = g.get("rel");
    Resolver.Rel rel = rel(relWord);
    boolean demonstrative = det != null && (det.equals("ce") || det.equals("cette") || det.equals("cet"));
    if (relWord == null && !demonstrative && !(g.has("pre") && (det == null || det.equals("l'") || det.equals("la")))) {
      return null;
    }
    if (relWord != null && (relWord.startsWith("dernier") || relWord.startsWith("dernière")) && relWord.endsWith("s")) {
      return null;
    }
    if (det == null && relWord != null && !g.has("pre")) {
      return null;
    }
    String code = unit(u.equals("an") ? "ans" : u);
    int offset = switch (rel) {
      case LAST, PREVIOUS -> -1;
      case NEXT, FOLLOWING -> 1;
      default -> 0;
    };
    LocalDate base = rel == Resolver.Rel.PREVIOUS || rel == Resolver.Rel.FOLLOWING ? r.ref() : r.anchor();
    String periodCode = code.equals("D") ? "D" : code;
    if (u.equals("week-end")) {
      periodCode = "WE";
    }
    return withPre(Build.period(base, periodCode, offset), g);
  }

  private static Found season(Rule.Groups g, Resolver r) {
    if (!g.has("det") && !g.has("year") && !g.has("pre")) {
      return null;
    }
    String code = switch (g.get("s")) {
      case "printemps" -> "SP";
      case "été" -> "SU";
      case "automne" -> "FA";
      default -> "WI";
    };
    if (g.has("year")) {
      return withPre(Build.season(code, Integer.parseInt(g.get("year"))), g);
    }
    if ("en".equals(g.get("det") == null ? null : g.get("det").strip()) && !g.has("rel")) {
      return withPre(Build.season(code, null), g);
    }
    LocalDate base = r.anchor();
    Integer y = base == null ? null : Build.seasonYear(base, code, rel(g.get("rel")));
    return withPre(Build.season(code, y), g);
  }

  private static Found shift(Rule.Groups g, Resolver r, LocalDate base, int sign) {
    String code = unit(g.get("u"));
    if (g.has("some")) {
      return Found.of(TimexType.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF");
    }
    Double n = Numbers.parse(g.get("n"));
    if (n == null || n != Math.rint(n) || n > 10000 || g.get("n").startsWith("un") && g.get("u").equals("jour")) {
      return null;
    }
    return switch (code) {
      case "TH", "TM", "TS" -> Build.dayPart(base, null);
      case "Q" -> Build.shifted(base, sign * 3 * n.intValue(), "M");
      case "H6" -> Build.shifted(base, sign * 6 * n.intValue(), "M");
      default -> Build.shifted(base, sign * n.intValue(), code);
    };
  }

  private static Found duration(Rule.Groups g, Resolver r) {
    String u = g.get("u");
    Double n = null;
    if (g.has("n")) {
      n = Numbers.parse(g.get("n"));
      if (n == null) {
        return null;
      }
      String raw = g.get("n");
      if ((raw.equals("un") || raw.equals("une")) && (u.equals("jour") || u.equals("seconde"))) {
        return null;
      }
      if (g.has("half")) {
        n += 0.5;
      }
    } else if (r.end + 1 < r.text.length() && r.text.charAt(r.end) == ' ' && Character.isDigit(r.text.charAt(r.end + 1))) {
      return null;
    } else if (g.get("some").equals("des") && !(u.equals("années") || u.equals("mois") || u.equals("décennies")
        || u.equals("siècles") || u.equals("heures") || u.equals("semaines"))) {
      return null;
    }
    if (u.equals("ans") && !g.has("mod") && isAge(r.text, r.start)) {
      return null;
    }
    String code = unit(u);
    Found f = Found.of(TimexType.DURATION, Build.duration(n, code), mod(g.get("mod")));
    return f;
  }

  /**
   * Whether "N ans" at {@code start} gives someone's age ("Jean, 87 ans,", "âgé de 38 ans", "un
   * chauffeur de 38 ans", "d'une trentaine d'années", "les 6-16 ans"), which is not a time
   * expression, rather than a length of time ("depuis 24 ans", "pendant dix ans").
   */
  private static boolean isAge(String text, int start) {
    int i = start;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    if (i == 0) {
      return false;
    }
    char c = text.charAt(i - 1);
    if (c == ',' || c == '(' || c == '-' || c == '\'') {
      return true;
    }
    int w = i;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, i);
    if (word.equals("à")) {
      return true;
    }
    if (!word.equals("de")) {
      return false;
    }
    int j = w;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    int k = j;
    while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
      k--;
    }
    return !NOT_AGE_BEFORE_DE.contains(text.substring(k, j));
  }

  private static final Set<String> NOT_AGE_BEFORE_DE = Set.of(
      "délai", "période", "durée", "peine", "bout", "plus", "moins", "près", "ici", "cours", "espace",
      "absence", "prison", "mandat", "contrat", "plan", "programme", "attente", "retard", "avance",
      "ans", "années", "depuis");

  private static Found clock(Rule.Groups g, Resolver r) {
    LocalDate day;
    String dw = g.get("dw2");
    day = dw != null ? dayWord(dw, r) : r.ref();
    int minute = g.has("mi") ? Integer.parseInt(g.get("mi")) : 0;
    Found f = Build.clock(day, Integer.parseInt(g.get("h")), minute);
    if (f == null) {
      return null;
    }
    return g.has("approx") ? f.withMod(g.get("approx").equals("peu avant") ? "BEFORE"
        : g.get("approx").equals("peu après") ? "AFTER" : "APPROX") : f;
  }

  private static Found set(Rule.Groups g, Resolver r) {
    String u = g.get("u");
    if (g.has("dow")) {
      return Found.of(TimexType.SET, "XXXX-WXX-" + weekday(g.get("dow")).getValue());
    }
    String v = switch (u.equals("mois") ? u : u.replaceAll("s$", "")) {
      case "jour", "matin", "soir", "nuit" -> "P1D";
      case "semaine", "week-end" -> "P1W";
      case "mois" -> "P1M";
      case "heure" -> "PT1H";
      case "minute" -> "PT1M";
      default -> "P1Y";
    };
    return Found.of(TimexType.SET, v);
  }

  static LocalDate dayWord(String w, Resolver r) {
    LocalDate a;
    switch (w) {
      case "aujourd'hui":
        return r.anchor();
      case "hier":
        a = r.anchor();
        return a == null ? null : a.minusDays(1);
      case "avant-hier":
        a = r.anchor();
        return a == null ? null : a.minusDays(2);
      case "demain":
        a = r.anchor();
        return a == null ? null : a.plusDays(1);
      case "après-demain":
        a = r.anchor();
        return a == null ? null : a.plusDays(2);
      default:
        return r.weekday(weekday(w), Resolver.Rel.NONE);
    }
  }

  static String unit(String u) {
    if (u.startsWith("seconde")) {
      return "TS";
    }
    if (u.startsWith("minute")) {
      return "TM";
    }
    if (u.startsWith("heure")) {
      return "TH";
    }
    if (u.startsWith("jour") || u.startsWith("journée")) {
      return "D";
    }
    if (u.startsWith("semaine") || u.startsWith("week-end")) {
      return "W";
    }
    if (u.equals("mois")) {
      return "M";
    }
    if (u.startsWith("décenni")) {
      return "DE";
    }
    if (u.startsWith("siècle")) {
      return "CE";
    }
    if (u.startsWith("trimestre")) {
      return "Q";
    }
    if (u.startsWith("semestre")) {
      return "H6";
    }
    return "Y";
  }

  static String part(String p) {
    return p == null ? null : PARTS.get(p);
  }

  static Resolver.Rel rel(String w) {
    if (w == null) {
      return Resolver.Rel.NONE;
    }
    if (w.startsWith("dernier") || w.startsWith("dernière") || w.startsWith("passé") || w.startsWith("écoulé")) {
      return Resolver.Rel.LAST;
    }
    if (w.startsWith("prochain")) {
      return Resolver.Rel.NEXT;
    }
    if (w.startsWith("précédent")) {
      return Resolver.Rel.PREVIOUS;
    }
    if (w.startsWith("suivant")) {
      return Resolver.Rel.FOLLOWING;
    }
    return Resolver.Rel.THIS;
  }

  static DayOfWeek weekday(String w) {
    return switch (w) {
      case "lundi" -> DayOfWeek.MONDAY;
      case "mardi" -> DayOfWeek.TUESDAY;
      case "mercredi" -> DayOfWeek.WEDNESDAY;
      case "jeudi" -> DayOfWeek.THURSDAY;
      case "vendredi" -> DayOfWeek.FRIDAY;
      case "samedi" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
  }

  static int month(String m) {
    String k = m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    return switch (k) {
      case "janvier", "janv" -> 1;
      case "février", "fevrier", "févr", "fevr" -> 2;
      case "mars" -> 3;
      case "avril", "avr" -> 4;
      case "mai" -> 5;
      case "juin" -> 6;
      case "juillet", "juil" -> 7;
      case "août", "aout" -> 8;
      case "septembre", "sept" -> 9;
      case "octobre", "oct" -> 10;
      case "novembre", "nov" -> 11;
      default -> 12;
    };
  }

  private static int dom(String d) {
    return d.equals("1er") || d.equals("premier") ? 1 : Integer.parseInt(d);
  }

  private static String year(Rule.Groups g) {
    return g.has("year") ? g.get("year") : g.get("yy");
  }

  static List<String> join(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
