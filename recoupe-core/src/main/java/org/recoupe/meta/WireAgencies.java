package org.recoupe.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agencies whose dispatches newspapers reprint, with the ways their names are written,
 * and the ways an article credits them: "Le Monde avec AFP", "(AFP)", "avec Reuters", "—AP",
 * "Source : TASS", "PARIS (AFP) -". A mere mention in the body ("selon l'agence TASS") is a
 * citation, not a credit, and is not recognised here.
 */
final class WireAgencies {
  /** Canonical name → how it is written (matched case-sensitively, as agencies write their names). */
  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("AFP", "AFP|Agence France[- ]Presse|Agence France-Press");
    NAMES.put("Reuters", "Reuters|REUTERS");
    NAMES.put("AP", "AP|Associated Press|The Associated Press");
    NAMES.put("TASS", "TASS|Tass|ITAR-TASS");
    NAMES.put("RIA Novosti", "RIA Novosti|RIA");
    NAMES.put("Interfax", "Interfax");
    NAMES.put("Xinhua", "Xinhua|XINHUA|Chine Nouvelle");
    NAMES.put("Yonhap", "Yonhap");
    NAMES.put("KCNA", "KCNA");
    NAMES.put("Kyodo", "Kyodo");
    NAMES.put("ANSA", "ANSA");
    NAMES.put("DPA", "DPA|dpa");
    NAMES.put("EFE", "EFE");
    NAMES.put("Belga", "Belga|BELGA");
    NAMES.put("ATS", "ATS|Keystone-ATS");
    NAMES.put("APA", "APA");
    NAMES.put("ANP", "ANP");
    NAMES.put("Lusa", "Lusa");
    NAMES.put("PAP", "PAP");
    NAMES.put("UPI", "UPI");
    NAMES.put("Bloomberg", "Bloomberg");
    NAMES.put("Anadolu", "Anadolu");
    NAMES.put("Europa Press", "Europa Press");
    NAMES.put("Presse canadienne", "La Presse canadienne|Presse canadienne|The Canadian Press");
    NAMES.put("AAP", "AAP");
    NAMES.put("APS", "APS");
    NAMES.put("MAP", "MAP");
    NAMES.put("TAP", "TAP");
    NAMES.put("IRNA", "IRNA");
    NAMES.put("PTI", "PTI");
    NAMES.put("Ukrinform", "Ukrinform");
  }

  private static final String ONE;
  private static final Pattern SINGLE;

  static {
    List<String> all = new ArrayList<>();
    for (String variants : NAMES.values()) {
      all.addAll(List.of(variants.split("\\|")));
    }
    all.sort((a, b) -> Integer.compare(b.length(), a.length()));
    ONE = "(?:" + String.join("|", all) + ")";
    SINGLE = Pattern.compile("(?<![\\p{L}\\p{N}])" + ONE + "(?![\\p{L}\\p{N}])");
  }

  /** One or more agencies: "AFP", "AFP et Reuters", "AFP/AP", "Reuters, AP and AFP". */
  static final String LIST = "(" + ONE + "(?:\\s*(?:,|/|&|\\bet\\b|\\band\\b)\\s*" + ONE + ")*)";

  private static final String DASH = "[-\\u2013\\u2014]";

  /** "Le Monde avec AFP", "franceinfo with Reuters": the outlet that rewrote the dispatches. */
  private static final Pattern OUTLET_WITH = Pattern.compile(
      "^([\\p{L}\\p{N}][\\p{L}\\p{N}'’ .-]{0,40}?)\\s*\\(?\\s*(?:avec|with)\\s+(?:l'|les\\s+)?(?:agences?\\s+)?"
          + LIST + "\\s*\\)?\\s*\\.?$");
  /** "Avec AFP", "With Reuters", "Source : TASS", "(AFP)", "AFP", "— AP", "© AFP 2024". */
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "^(?:(?:[Aa]vec|[Ww]ith|[Ss]ources?\\s*:|[Aa]gences?\\s*:?|[Aa]vec les agences|" + DASH + "+|\\(|\\[|©\\s*)\\s*)?"
          + LIST + "\\s*(?:\\)|\\])?\\s*(?:©?\\s*\\d{4})?\\.?$");
  /** A dispatch's closing credit: "... a-t-il ajouté. (AFP)", "... on Tuesday. —AP". */
  private static final Pattern TRAILING = Pattern.compile(
      "(?:\\(\\s*" + LIST + "\\s*\\)|" + DASH + "\\s*" + LIST + ")\\s*\\.?$");
  /** A dispatch's dateline: "PARIS (AFP) - ...", "MOSCOU, 19 juin (Reuters) - ...". */
  private static final Pattern DATELINE = Pattern.compile(
      "^[\\p{Lu}][^()]{0,60}?\\(\\s*" + LIST + "\\s*\\)\\s*(?:" + DASH + "|:)");

  /** Lines about pictures: their credits name the photographer's agency, not the article's. */
  private static final Pattern PICTURE = Pattern.compile(
      "\\b(photo|photos|image|images|illustration|credit|getty|video|legende|caption|pool|afp photo)\\b|\\[");

  private WireAgencies() {}

  /** What a credit line says: the agencies, and the outlet when it names one. */
  record Credit(String outlet, List<String> agencies) {}

  /** The credit {@code line} states, or null if it is not a credit line. */
  static Credit credit(String line, boolean dispatchStart) {
    String l = Fold.squeeze(line);
    if (l.isEmpty() || l.length() > 400 || PICTURE.matcher(Fold.fold(l)).find()) {
      return null;
    }
    if (l.length() <= 80) {
      Matcher m = OUTLET_WITH.matcher(l);
      if (m.matches() && !WireAgencies.SINGLE.matcher(m.group(1)).matches()) {
        return new Credit(m.group(1).trim(), names(m.group(2)));
      }
      m = CREDIT_LINE.matcher(l);
      if (m.matches()) {
        return new Credit(null, names(m.group(1)));
      }
    }
    Matcher m = TRAILING.matcher(l);
    if (m.find()) {
      return new Credit(null, names(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    if (dispatchStart) {
      m = DATELINE.matcher(l);
      if (m.find()) {
        return new Credit(null, names(m.group(1)));
      }
    }
    return null;
  }

  /** The canonical agency named by {@code text} as a whole, or null. */
  static String canonical(String text) {
    String t = Fold.squeeze(text);
    for (Map.Entry<String, String> e : NAMES.entrySet()) {
      if (t.matches("(?:" + e.getValue() + ")")) {
        return e.getKey();
      }
    }
    return null;
  }

  private static List<String> names(String list) {
    List<String> out = new ArrayList<>();
    Matcher m = SINGLE.matcher(list);
    while (m.find()) {
      String name = canonical(m.group());
      if (name != null && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }
}
