package org.recoupe.app.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoupe.brief.Passage;
import org.recoupe.brief.StoryReport;
import org.recoupe.claims.Amount;
import org.recoupe.claims.Argument;
import org.recoupe.claims.Attribution;
import org.recoupe.claims.Claim;

/** How story pages word a structured claim and its attributions (plain text, escaped by the caller). */
final class ClaimText {
  private ClaimText() {}

  /** The claim's fields as label → value, in reading order; absent fields left out. */
  static Map<String, String> fields(Claim c) {
    Map<String, String> out = new LinkedHashMap<>();
    if (c.actor() != null) {
      out.put("who", c.actor().names().isEmpty() ? c.actor().text() : String.join(", ", c.actor().names()));
    }
    out.put("did", c.predicate().text() + " (" + c.predicate().family() + ")");
    put(out, "what", c.object());
    if (c.when() != null) {
      out.put("when", c.when().value() + " («" + c.when().text() + "»)");
    }
    if (c.where() != null) {
      out.put("where", c.where().names().isEmpty() ? c.where().text() : c.where().names().get(0));
    }
    if (!c.quantities().isEmpty()) {
      out.put("how many", String.join(", ", c.quantities().stream().map(Amount::text).toList()));
    }
    put(out, "why", c.why());
    put(out, "how", c.how());
    return out;
  }

  private static void put(Map<String, String> out, String label, Argument a) {
    if (a != null) {
      out.put(label, a.text());
    }
  }

  /** "agency: les agences de presse russes", "outlet: Le Monde", "source: Les responsables américains". */
  static String attribution(Attribution a) {
    String kind = a.kind().name().toLowerCase(java.util.Locale.ROOT);
    String name = a.names().isEmpty() ? a.name() : String.join(", ", a.names());
    return name == null ? kind : kind + ": " + name;
  }

  /** Each supporting article with how it attributes the claim, in citation order. */
  static List<Map.Entry<Integer, String>> attributions(StoryReport story, List<Passage> support) {
    Map<Integer, String> byNumber = new java.util.TreeMap<>();
    for (Passage p : support) {
      int n = story.numberOf(p.articleId());
      if (n > 0 && p.claim() != null) {
        byNumber.putIfAbsent(n, attribution(p.claim().attribution()));
      }
    }
    return new ArrayList<>(byNumber.entrySet());
  }

  /** "2 origins", "single source". */
  static String origins(int origins) {
    return origins <= 1 ? "single source" : origins + " origins";
  }
}
