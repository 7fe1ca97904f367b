package org.recoupe.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines: "Par Jérôme Nelra, publié le 19 juin 2024", "By Jane Doe and John Roe", "Par
 * Jane Doe (AFP)", "Propos recueillis par ...". Authors are metadata, never entities of the story.
 */
final class Bylines {
  /** What a byline says: who wrote, for which agencies or outlet. */
  record Byline(List<String> authors, List<String> agencies, String outlet) {
    boolean isEmpty() {
      return authors.isEmpty() && agencies.isEmpty() && outlet == null;
    }
  }

  private static final Pattern LEAD = Pattern.compile(
      "^(?:(?:[Pp]ar|PAR|[Bb]y|BY|[Ww]ritten by|[Rr]eported by|[Tt]exte|[Rr]eportage|[Pp]ropos recueillis par"
          + "|[Aa]uteurs?|[Aa]uthors?|[Ss]ign[ée])\\s*:?\\s+)(.+)$");
  private static final Pattern END = Pattern.compile(
      "\\s*[|•·]\\s*|\\s+[-\\u2013\\u2014]\\s+|,?\\s+(?:[Pp]ubli|[Mm]is à jour|[Mm]ise à jour|[Uu]pdated|[Pp]osted"
          + "|[Pp]ublished|[Ll]e \\d|[Ll]e (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|[Oo]n "
          + "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
          + "|August|September|October|November|December)|[Ii]l y a)|\\s+\\d|,\\s*\\d");
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\bet\\b|\\band\\b|&)\\s*");
  private static final Pattern PAREN = Pattern.compile("\\(([^)]*)\\)");
  private static final Pattern PARTICLE = Pattern.compile("d'|d’|de|du|des|la|le|van|von|der|den|di|da|dos|ben|bin|al|el|y|e");
  private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}][\\p{L}'’.-]*|[\\p{Lu}]\\.?");

  private Bylines() {}

  /** The byline {@code line} states, or null if it does not start like one. */
  static Byline read(String line) {
    String l = Fold.squeeze(line);
    if (l.length() > 200) {
      return null;
    }
    Matcher m = LEAD.matcher(l);
    if (!m.matches()) {
      return null;
    }
    Byline b = names(m.group(1));
    return b.isEmpty() ? null : b;
  }

  /**
   * The names in {@code text} (the part of a byline after "Par", or the content of an author
   * element): people become authors, agencies become agencies, "X avec AFP" gives the outlet.
   */
  static Byline names(String text) {
    String rest = Fold.squeeze(text);
    Matcher end = END.matcher(rest);
    if (end.find()) {
      rest = rest.substring(0, end.start());
    }
    List<String> authors = new ArrayList<>();
    List<String> agencies = new ArrayList<>();
    String outlet = null;
    Matcher paren = PAREN.matcher(rest);
    while (paren.find()) {
      WireAgencies.Credit c = WireAgencies.credit(paren.group(1), false);
      if (c != null) {
        addAll(agencies, c.agencies());
      }
    }
    rest = PAREN.matcher(rest).replaceAll(" ");
    int open = rest.indexOf('(');
    if (open >= 0) {
      rest = rest.substring(0, open);
    }
    WireAgencies.Credit whole = WireAgencies.credit(rest, false);
    if (whole != null) {
      return new Byline(List.of(), whole.agencies(), whole.outlet());
    }
    for (String piece : SPLIT.split(rest.trim())) {
      String p = piece.trim();
      if (p.isEmpty()) {
        continue;
      }
      String agency = WireAgencies.canonical(p);
      if (agency != null) {
        addAll(agencies, List.of(agency));
      } else if (Outlets.isKnownName(p)) {
        outlet = outlet == null ? p : outlet;
      } else if (isName(p)) {
        addAll(authors, List.of(p));
      }
    }
    return new Byline(authors, agencies, outlet);
  }

  /** Whether {@code text} looks like a person's name: 2 to 5 capitalised words, particles allowed. */
  static boolean isName(String text) {
    String t = Fold.squeeze(text);
    if (t.isEmpty() || t.length() > 60) {
      return false;
    }
    String[] words = t.split(" ");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    int capitalised = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (NAME_WORD.matcher(w).matches()) {
        capitalised++;
      } else if (i == 0 || i == words.length - 1 || !PARTICLE.matcher(w).matches()) {
        return false;
      }
    }
    return capitalised >= 2;
  }

  private static void addAll(List<String> to, List<String> values) {
    for (String v : values) {
      if (!to.contains(v)) {
        to.add(v);
      }
    }
  }
}
