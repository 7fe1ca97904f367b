package org.recoupe.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of countries and international bodies that differ between languages or are abbreviated:
 * "Corée du Nord" = "North Korea" = "RPDC" = "DPRK", "OTAN" = "NATO", "ONU" = "UN". Country names
 * come from the JDK's locale data in French and English; the abbreviations, official long forms
 * and bodies are a small curated table. {@link #key} gives one key per country or body.
 */
public final class Aliases {
  private Aliases() {}

  /** Groups of names for one country (by ISO code) or one body; folded with {@link NameKeys#fold}. */
  private static final List<List<String>> CURATED = List.of(
      List.of("country:KP", "RPDC", "DPRK", "Republique populaire democratique de Coree",
          "Democratic People's Republic of Korea", "Coree du Nord", "North Korea", "Pyongyang regime"),
      List.of("country:KR", "Republique de Coree", "Republic of Korea", "ROK", "South Korea", "Coree du Sud"),
      List.of("country:RU", "Federation de Russie", "Russian Federation", "Russie", "Russia"),
      List.of("country:US", "Etats-Unis", "Etats-Unis d'Amerique", "United States", "United States of America",
          "USA", "US", "U.S."),
      List.of("country:GB", "Royaume-Uni", "United Kingdom", "UK", "Grande-Bretagne", "Great Britain", "Britain"),
      List.of("country:CN", "Republique populaire de Chine", "People's Republic of China", "RPC", "PRC", "Chine",
          "China"),
      List.of("org:nato", "OTAN", "NATO", "Organisation du traite de l'Atlantique nord",
          "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "Alliance atlantique",
          "Atlantic Alliance"),
      List.of("org:un", "ONU", "UN", "Nations unies", "Organisation des Nations unies", "United Nations",
          "United Nations Organization"),
      List.of("org:unsc", "Conseil de securite", "Conseil de securite de l'ONU", "Conseil de securite des Nations unies",
          "Security Council", "UN Security Council", "United Nations Security Council", "UNSC"),
      List.of("org:eu", "UE", "EU", "Union europeenne", "European Union"),
      List.of("org:iaea", "AIEA", "IAEA", "Agence internationale de l'energie atomique",
          "International Atomic Energy Agency"),
      List.of("org:who", "OMS", "WHO", "Organisation mondiale de la sante", "World Health Organization"),
      List.of("org:imf", "FMI", "IMF", "Fonds monetaire international", "International Monetary Fund"),
      List.of("org:wto", "OMC", "WTO", "Organisation mondiale du commerce", "World Trade Organization"),
      List.of("org:oecd", "OCDE", "OECD", "Organisation de cooperation et de developpement economiques",
          "Organisation for Economic Co-operation and Development"),
      List.of("org:opec", "OPEP", "OPEC", "Organisation des pays exportateurs de petrole",
          "Organization of the Petroleum Exporting Countries"),
      List.of("org:osce", "OSCE", "Organisation pour la securite et la cooperation en Europe",
          "Organization for Security and Co-operation in Europe"),
      List.of("org:icc", "CPI", "ICC", "Cour penale internationale", "International Criminal Court"),
      List.of("org:ecb", "BCE", "ECB", "Banque centrale europeenne", "European Central Bank"),
      List.of("org:asean", "ASEAN", "ANASE", "Association des nations de l'Asie du Sud-Est",
          "Association of Southeast Asian Nations"),
      List.of("org:unicef", "UNICEF", "Unicef"),
      List.of("org:unesco", "UNESCO", "Unesco"),
      // Seats of power stand for their government ("le Kremlin", "la Maison Blanche").
      List.of("seat:RU", "Kremlin"),
      List.of("seat:US", "Maison Blanche", "Maison-Blanche", "White House"),
      List.of("seat:FR", "Elysee", "Palais de l'Elysee"),
      List.of("seat:GB", "Downing Street"),
      List.of("seat:US-defense", "Pentagone", "Pentagon"),
      List.of("seat:US-state", "Departement d'Etat", "State Department", "Department of State"));

  private static final Map<String, String> KEYS = build();
  private static final Set<String> ABBREVIATIONS = abbreviations();

  private static Set<String> abbreviations() {
    Set<String> out = new HashSet<>();
    for (List<String> group : CURATED) {
      for (String name : group.subList(1, group.size())) {
        if (name.length() <= 4 && name.equals(name.toUpperCase(Locale.ROOT))) {
          out.add(NameKeys.fold(name));
        }
      }
    }
    return Set.copyOf(out);
  }

  private static Map<String, String> build() {
    Map<String, String> out = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      for (Locale in : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        String name = country.getDisplayCountry(in);
        if (!name.isEmpty() && !name.equals(code)) {
          out.put(NameKeys.fold(name), "country:" + code);
        }
      }
    }
    for (List<String> group : CURATED) {
      for (String name : group.subList(1, group.size())) {
        out.put(NameKeys.fold(name), group.get(0));
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The key of the country or body {@code name} names ("country:KP", "org:nato", "seat:RU"), or
   * null if it is none of them. Short abbreviations count only in capitals ("UN", not "un").
   */
  public static String key(String name) {
    String folded = NameKeys.fold(name);
    String k = KEYS.get(folded);
    if (k != null && ABBREVIATIONS.contains(folded) && !name.equals(name.toUpperCase(Locale.ROOT))) {
      return null;
    }
    return k;
  }

  /** The country an alias key stands for ("country:RU" and "seat:RU" give "RU"), or null. */
  public static String country(String key) {
    if (key == null) {
      return null;
    }
    if (key.startsWith("country:")) {
      return key.substring(8);
    }
    if (key.startsWith("seat:")) {
      String c = key.substring(5);
      int dash = c.indexOf('-');
      return dash < 0 ? c : null;
    }
    return null;
  }
}
