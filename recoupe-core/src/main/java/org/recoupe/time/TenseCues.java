package org.recoupe.time;

import java.util.Set;

/**
 * Guesses the tense an expression depends on from the nearest verb form in its sentence: an
 * auxiliary of a compound past or an imperfect ending for the past; a future ending, "aller" +
 * infinitive or "prévu" for the future. Cheap cues, no parsing; the conditional counts as neither.
 */
final class TenseCues {
  private static final Set<String> FR_PAST = Set.of(
      "a", "ont", "avait", "avaient", "avons", "avez", "ai", "as", "eu", "eut", "fut", "furent",
      "étaient", "était", "hier", "dernier", "dernière", "passé", "passée");
  private static final Set<String> FR_BE = Set.of("est", "sont", "sommes", "êtes");
  private static final Set<String> FR_FUTURE = Set.of(
      "sera", "seront", "aura", "auront", "va", "vont", "fera", "feront", "ira", "iront", "devra",
      "devront", "doit", "doivent", "prévu", "prévue", "prévus", "prévues", "prochain",
      "prochaine", "demain", "compte", "entend", "envisage", "programmé", "programmée");
  private static final Set<String> FR_NOT_FUTURE = Set.of(
      "extra", "ultra", "opéra", "caméra", "choléra", "contra", "sahara", "mantra", "cobra",
      "zebra", "sierra", "terra", "hydra", "tiara", "vera", "sura", "ora", "para", "aura");
  private static final Set<String> FR_NOT_PAST = Set.of(
      "souhait", "trait", "lait", "portrait", "attrait", "retrait", "parfait", "extrait",
      "bienfait", "méfait", "forfait", "distrait", "abstrait", "jamais", "mais");
  private static final Set<String> EN_PAST = Set.of(
      "was", "were", "had", "did", "said", "told", "met", "went", "came", "saw", "took", "gave",
      "made", "held", "left", "began", "spoke", "wrote", "found", "thought", "became", "won",
      "lost", "fell", "rose", "sent", "kept", "brought", "bought", "flew", "ran", "struck", "got",
      "ago", "last", "yesterday", "led", "paid", "hit", "shot", "sat", "stood", "spent");
  private static final Set<String> EN_FUTURE = Set.of(
      "will", "ll", "shall", "going", "due", "scheduled", "expected", "plans", "plan", "upcoming",
      "next", "tomorrow", "intends", "set");
  private static final Set<String> EN_NOT_PAST = Set.of(
      "need", "feed", "seed", "speed", "indeed", "red", "bed", "shed", "breed", "proceed",
      "exceed", "succeed", "creed", "greed", "hundred", "embed", "united", "based", "related",
      "limited", "armed", "advanced", "expected", "scheduled", "detailed", "concerned");

  private TenseCues() {}

  /**
   * The tense of the verb nearest to {@code [start, end)} within {@code [sentenceStart,
   * sentenceEnd)} of the folded text.
   */
  static Tense tense(String lower, int sentenceStart, int sentenceEnd, int start, int end, boolean english) {
    Tense best = Tense.NONE;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = start - 1, seen = 0; i >= sentenceStart && seen < 12; ) {
      while (i >= sentenceStart && !Character.isLetter(lower.charAt(i))) {
        i--;
      }
      int e = i + 1;
      while (i >= sentenceStart && Character.isLetter(lower.charAt(i))) {
        i--;
      }
      if (e <= i + 1) {
        break;
      }
      seen++;
      Tense t = classify(lower, i + 1, e, sentenceEnd, english);
      if (t != Tense.NONE) {
        best = t;
        bestDistance = seen;
        break;
      }
    }
    for (int i = end, seen = 0; i < sentenceEnd && seen < 12 && seen < bestDistance; ) {
      while (i < sentenceEnd && !Character.isLetter(lower.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < sentenceEnd && Character.isLetter(lower.charAt(i))) {
        i++;
      }
      if (i == s) {
        break;
      }
      seen++;
      Tense t = classify(lower, s, i, sentenceEnd, english);
      if (t != Tense.NONE && seen < bestDistance) {
        return t;
      }
    }
    return best;
  }

  /**
   * The tense a word of the expression itself gives, in either language ("le 2 juillet dernier":
   * past; "le 1er septembre prochain", "next Tuesday": future), else {@link Tense#NONE}.
   */
  static Tense own(String expression) {
    for (String w : Folding.fold(expression).split("[^\\p{L}]+")) {
      if (FR_FUTURE.contains(w) || EN_FUTURE.contains(w)) {
        return Tense.FUTURE;
      }
      if (FR_PAST.contains(w) || EN_PAST.contains(w)) {
        return Tense.PAST;
      }
    }
    return Tense.NONE;
  }

  private static Tense classify(String lower, int s, int e, int limit, boolean english) {
    String w = lower.substring(s, e);
    if (english) {
      if (EN_FUTURE.contains(w)) {
        return Tense.FUTURE;
      }
      if (EN_PAST.contains(w) || (w.length() > 4 && w.endsWith("ed") && !EN_NOT_PAST.contains(w))) {
        return Tense.PAST;
      }
      return Tense.NONE;
    }
    if (FR_PAST.contains(w)) {
      return Tense.PAST;
    }
    if (FR_FUTURE.contains(w)) {
      return Tense.FUTURE;
    }
    if (FR_BE.contains(w)) {
      return participleFollows(lower, e, limit) ? Tense.PAST : Tense.NONE;
    }
    if (w.length() > 4 && (w.endsWith("rait") || w.endsWith("raient"))) {
      return Tense.NONE;
    }
    if (w.length() > 4 && (w.endsWith("ait") || w.endsWith("aient")) && !FR_NOT_PAST.contains(w)) {
      return Tense.PAST;
    }
    if (w.length() > 4 && (w.endsWith("ront") || w.endsWith("rons") || w.endsWith("rez")
        || w.endsWith("rai") || (w.endsWith("ra") && !FR_NOT_FUTURE.contains(w)))) {
      return Tense.FUTURE;
    }
    return Tense.NONE;
  }

  private static boolean participleFollows(String lower, int from, int limit) {
    int i = from;
    while (i < limit && !Character.isLetter(lower.charAt(i))) {
      i++;
    }
    int s = i;
    while (i < limit && Character.isLetter(lower.charAt(i))) {
      i++;
    }
    String w = lower.substring(s, i);
    if (w.startsWith("prév") || w.startsWith("programm") || w.equals("attendu") || w.equals("attendue")) {
      return false;
    }
    return w.length() > 2 && (w.endsWith("é") || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées")
        || w.endsWith("u") || w.endsWith("ue") || w.endsWith("us") || w.endsWith("i") || w.endsWith("ie")
        || w.endsWith("is") || w.endsWith("it") || w.endsWith("te") || w.endsWith("rt"));
  }
}
