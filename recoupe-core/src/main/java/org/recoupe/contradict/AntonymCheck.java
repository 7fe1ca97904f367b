package org.recoupe.contradict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Opposite words, one on each side, neither negated: "hausse" against "baisse", "vrais positifs"
 * against "faux positifs", "accepte" against "refuse", and the prefixed opposites "efficace" /
 * "inefficace", "legal" / "illegal", "able" / "unable". A side that uses both words of a pair is
 * left alone. The lexicon is small and curated; each line holds two groups of opposite words.
 */
public final class AntonymCheck extends DirectedCheck {

  private static final String[] PAIRS = {
      "hausse augmente augmenter augmenté augmentation accroissement croissance progresse progression"
          + " | baisse diminue diminuer diminué diminution recul recule réduit réduction déclin chute",
      "vrai vraie vrais vraies véridique authentique réel réelle réels réelles"
          + " | faux fausse fausses falsifié truqué fictif fictive mise-en-scène",
      "accepte accepter accepté acceptent approuve approuvé approuver"
          + " | refuse refuser refusé refusent rejette rejeté rejeter",
      "autorise autoriser autorisé autorisée autorisation | interdit interdire interdite interdiction",
      "gagne gagner gagné gain gains victoire | perd perdre perdu perte pertes défaite",
      "vivant vivante vivants | mort morte morts décédé décès tué",
      "présent présents présence | absent absente absents absence",
      "supérieur supérieure supérieurs | inférieur inférieure inférieurs",
      "majorité | minorité",
      "ouvert ouverte ouvre ouvrir ouverture | fermé fermée fermer fermeture",
      "confirme confirmé confirmer | dément démenti démentir infirme",
      "augmentera | diminuera",
      "naturel naturelle naturels naturelles | artificiel artificielle humain humaine anthropique",
      "soutient soutenir soutenu soutiennent | combattre combattu combattent",
      "sûr sûre sûrs sans-danger | dangereux dangereuse dangereuses",
      "efficace efficaces efficacité | inefficace inefficaces inefficacité",
      "positif positive positifs | négatif négative négatifs",
      "increase increased increases rise rose risen growth | decrease decreased decreases fall fell fallen decline",
      "true genuine real | false fake fabricated staged",
      "accept accepted accepts approve approved | refuse refused refuses reject rejected rejects",
      "allow allowed allows permitted | ban banned bans forbid forbidden prohibited",
      "win won wins victory | lose lost loses defeat",
      "alive living | dead killed died",
      "present | absent",
      "open opened opens | closed close closes shut",
      "confirm confirmed confirms | deny denied denies",
      "natural | artificial human man-made",
      "safe | dangerous unsafe",
      "positive | negative",
      "higher | lower"};
  private static final String[] FRENCH_PREFIXES = {"in", "im", "il", "ir", "non-", "non"};
  private static final String[] ENGLISH_PREFIXES = {"un", "in", "im", "il", "ir", "non-", "non"};
  private static final int MIN_BASE = 5;

  private static final Map<String, Set<String>> FRENCH = table(false);
  private static final Map<String, Set<String>> ENGLISH = table(true);

  @Override
  List<Conflict> oneWay(Pair pair) {
    Analysis left = pair.left();
    Analysis right = pair.right();
    Map<String, Set<String>> table = left.english() ? ENGLISH : FRENCH;
    List<Conflict> out = new ArrayList<>();
    for (Word l : left.words()) {
      if (!Lexicon.content(l) || left.negated(l) || right.hasStem(l.stem())) {
        continue;
      }
      Set<String> opposite = new HashSet<>(table.getOrDefault(l.stem(), Set.of()));
      for (String p : left.english() ? ENGLISH_PREFIXES : FRENCH_PREFIXES) {
        if (l.stem().length() >= MIN_BASE) {
          opposite.add(p + l.stem());
        }
      }
      for (Word r : right.words()) {
        if (opposite.contains(r.stem()) && !right.negated(r) && !left.hasStem(r.stem())) {
          out.add(Conflict.of(ConflictType.ANTONYM, pair, l.span(), r.span()));
          return out;
        }
      }
    }
    return out;
  }

  private static Map<String, Set<String>> table(boolean english) {
    Map<String, Set<String>> map = new HashMap<>();
    for (String line : PAIRS) {
      String[] groups = line.split("\\|");
      Set<String> a = stems(groups[0], english);
      Set<String> b = stems(groups[1], english);
      for (String s : a) {
        map.computeIfAbsent(s, k -> new HashSet<>()).addAll(b);
      }
      for (String s : b) {
        map.computeIfAbsent(s, k -> new HashSet<>()).addAll(a);
      }
    }
    map.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(map);
  }

  private static Set<String> stems(String words, boolean english) {
    Set<String> out = new HashSet<>();
    for (String w : words.trim().split("\\s+")) {
      out.add(Lexicon.stem(w, english));
    }
    return out;
  }
}
