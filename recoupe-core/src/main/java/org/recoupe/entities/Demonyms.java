package org.recoupe.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The country a nationality adjective refers to: "russe", "Russian" → RU; "nord-coréen", "North
 * Korean" → KP; "américaines" → US. Regular adjectives are matched against the JDK's French and
 * English country names by their stem ("russ-e" / "Russ-ie"); a short table covers the irregular
 * ones ("allemand", "German", "britannique").
 */
public final class Demonyms {
  private Demonyms() {}

  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("americain", "US"), Map.entry("american", "US"), Map.entry("britannique", "GB"),
      Map.entry("british", "GB"), Map.entry("anglais", "GB"), Map.entry("english", "GB"),
      Map.entry("allemand", "DE"), Map.entry("german", "DE"), Map.entry("neerlandais", "NL"),
      Map.entry("dutch", "NL"), Map.entry("hollandais", "NL"), Map.entry("suisse", "CH"), Map.entry("swiss", "CH"),
      Map.entry("belge", "BE"), Map.entry("grec", "GR"), Map.entry("greek", "GR"), Map.entry("turc", "TR"),
      Map.entry("turkish", "TR"), Map.entry("danois", "DK"), Map.entry("danish", "DK"), Map.entry("suedois", "SE"),
      Map.entry("swedish", "SE"), Map.entry("finlandais", "FI"), Map.entry("finnish", "FI"),
      Map.entry("polonais", "PL"), Map.entry("polish", "PL"), Map.entry("espagnol", "ES"),
      Map.entry("spanish", "ES"), Map.entry("francais", "FR"), Map.entry("french", "FR"),
      Map.entry("chinois", "CN"), Map.entry("chinese", "CN"), Map.entry("japonais", "JP"),
      Map.entry("japanese", "JP"), Map.entry("israelien", "IL"), Map.entry("israeli", "IL"),
      Map.entry("saoudien", "SA"), Map.entry("saudi", "SA"), Map.entry("emirati", "AE"),
      Map.entry("ukrainien", "UA"), Map.entry("ukrainian", "UA"), Map.entry("russe", "RU"),
      Map.entry("russian", "RU"));

  private static final List<String> ENDINGS = List.of(
      "ienne", "enne", "aine", "aise", "oise", "ien", "een", "ain", "ais", "ois", "ian", "ean", "ese", "ish",
      "ite", "ote", "ique", "an", "en", "in", "e", "i", "n");

  /** Folded country name → ISO code, French and English names from the JDK. */
  private static final Map<String, String> COUNTRIES = countries();

  private static Map<String, String> countries() {
    Map<String, String> out = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      for (Locale in : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        String name = country.getDisplayCountry(in);
        if (!name.isEmpty() && !name.equals(code)) {
          out.put(NameKeys.fold(name), code);
        }
      }
    }
    return Map.copyOf(out);
  }

  /** The ISO country code of a nationality adjective (one or two words), or null. */
  public static String country(String adjective) {
    List<String> words = NameKeys.words(adjective);
    if (words.isEmpty() || words.size() > 2) {
      return null;
    }
    String direction = null;
    String word = words.get(words.size() - 1);
    if (words.size() == 2) {
      direction = direction(words.get(0));
      if (direction == null) {
        return null;
      }
    }
    String singular = word.length() > 4 && (word.endsWith("s") || word.endsWith("x"))
        ? word.substring(0, word.length() - 1) : word;
    for (String form : List.of(word, singular)) {
      String found = direction == null ? irregular(form) : null;
      for (int i = 0; found == null && i < ENDINGS.size(); i++) {
        String ending = ENDINGS.get(i);
        if (form.endsWith(ending) && form.length() - ending.length() >= 3) {
          found = byStem(form.substring(0, form.length() - ending.length()), direction);
        }
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** An irregular adjective, masculine or feminine ("allemande" → DE), or null. */
  private static String irregular(String form) {
    String known = IRREGULAR.get(form);
    return known != null || !form.endsWith("e") ? known : IRREGULAR.get(form.substring(0, form.length() - 1));
  }

  /** "nord" or "north" → "north", "sud" or "south" → "south", else null. */
  private static String direction(String word) {
    switch (word) {
      case "nord":
      case "north":
        return "north";
      case "sud":
      case "south":
        return "south";
      default:
        return null;
    }
  }

  /** The one country whose name starts with the stem (and has the direction, if given). */
  private static String byStem(String stem, String direction) {
    String found = null;
    for (Map.Entry<String, String> e : COUNTRIES.entrySet()) {
      String name = e.getKey();
      List<String> words = List.of(name.split(" "));
      boolean matches;
      if (direction == null) {
        matches = words.size() == 1 && name.startsWith(stem) && name.length() - stem.length() <= 3;
      } else {
        String fr = direction.equals("north") ? "nord" : "sud";
        matches = (words.contains(direction) || words.contains(fr))
            && words.stream().anyMatch(w -> w.startsWith(stem) && w.length() - stem.length() <= 3);
      }
      if (matches) {
        if (found != null && !found.equals(e.getValue())) {
          return null;
        }
        found = e.getValue();
      }
    }
    return found;
  }
}
