package org.recoupe.claims;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.recoupe.entities.Aliases;
import org.recoupe.entities.NameKeys;

/**
 * The country an actor stands for, so that "Poutine et Kim", "la Russie et la Corée du Nord" and
 * "Moscou et Pyongyang" can be recognised as the same parties: a country's own names and seats of
 * power ({@link Aliases}), capitals (a short table: the seat of government stands for it), and a
 * leader's country, from the role descriptions used for them ("le président russe": {@code
 * leader|country:RU}).
 */
public final class Countries {
  private Countries() {}

  /** Capitals that news uses for their governments (folded names). */
  private static final Map<String, String> CAPITALS = Map.ofEntries(
      Map.entry("moscou", "RU"), Map.entry("moscow", "RU"), Map.entry("pyongyang", "KP"), Map.entry("seoul", "KR"),
      Map.entry("washington", "US"), Map.entry("pekin", "CN"), Map.entry("beijing", "CN"), Map.entry("kiev", "UA"),
      Map.entry("kyiv", "UA"), Map.entry("kiyv", "UA"), Map.entry("paris", "FR"), Map.entry("londres", "GB"),
      Map.entry("london", "GB"), Map.entry("berlin", "DE"), Map.entry("tokyo", "JP"), Map.entry("teheran", "IR"),
      Map.entry("tehran", "IR"), Map.entry("ankara", "TR"), Map.entry("damas", "SY"), Map.entry("damascus", "SY"),
      Map.entry("jerusalem", "IL"), Map.entry("tel aviv", "IL"), Map.entry("ottawa", "CA"), Map.entry("rome", "IT"),
      Map.entry("madrid", "ES"), Map.entry("bruxelles", "BE"), Map.entry("new delhi", "IN"), Map.entry("minsk", "BY"),
      Map.entry("varsovie", "PL"), Map.entry("warsaw", "PL"), Map.entry("caracas", "VE"), Map.entry("la havane", "CU"),
      Map.entry("havana", "CU"), Map.entry("riyad", "SA"), Map.entry("riyadh", "SA"), Map.entry("le caire", "EG"),
      Map.entry("cairo", "EG"), Map.entry("bagdad", "IQ"), Map.entry("baghdad", "IQ"), Map.entry("kaboul", "AF"),
      Map.entry("kabul", "AF"), Map.entry("islamabad", "PK"), Map.entry("pretoria", "ZA"), Map.entry("brasilia", "BR"));

  /**
   * The countries (ISO codes) an entity stands for: its own, for a country, capital or seat of
   * power named {@code name}; the countries of its "leader" roles ({@code roleKeys}) for a person.
   */
  public static Set<String> of(String name, Iterable<String> roleKeys) {
    Set<String> out = new HashSet<>();
    String own = Aliases.country(Aliases.key(name));
    if (own == null) {
      own = CAPITALS.get(NameKeys.fold(name));
    }
    if (own != null) {
      out.add(own);
    }
    for (String key : roleKeys) {
      if (key.startsWith("leader|")) {
        for (String anchor : key.substring(7).split(",")) {
          if (anchor.startsWith("country:")) {
            out.add(anchor.substring(8));
          }
        }
      }
    }
    return Set.copyOf(out);
  }
}
