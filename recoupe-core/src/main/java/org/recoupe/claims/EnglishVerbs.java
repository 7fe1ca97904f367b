package org.recoupe.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.recoupe.claims.Predicate.Tense;
import org.recoupe.claims.VerbForm.Kind;

/**
 * The forms of the English verbs news reports use: base form, third person "-s", past and past
 * participle (regular "-ed" or irregular), and "-ing". Built once; thread-safe.
 */
final class EnglishVerbs {
  private EnglishVerbs() {}

  private static final List<String> REGULAR = List.of((
      "accept accompany accuse achieve acknowledge add address admit adopt affect agree aid aim allege allow announce"
      + " answer appear apply appoint approve argue arm arrange arrest arrive ask assert assist attack attempt attend"
      + " authorize authorise avoid back ban bar believe block blame bomb boost boycott call campaign cancel capture"
      + " carry cause celebrate change charge cite claim close collapse comment commit complete concern conclude"
      + " condemn confirm consider contain continue contribute control cooperate count cover create criticize"
      + " criticise cross damage debate decide declare decline deepen defend delay deliver demand deny deploy describe"
      + " destroy detain develop die dismiss display dispute doubt drop ease elect embrace emerge employ enable"
      + " encourage end engage enhance ensure enter escalate escort establish estimate evacuate examine exchange expand"
      + " expect explain export express extend face fail fear fine fire focus follow force form free fund gather greet"
      + " guarantee halt handle happen help honor honour hope host hug ignore impose improve include increase indicate"
      + " inform injure insist intend introduce invade invest investigate invite involve issue join kill land last"
      + " launch lift limit link live look maintain manage march mark mention miss mobilize monitor move name need"
      + " negotiate note offer open oppose order organize organise parade participate pass phone place plan play pledge"
      + " praise predict prepare present press prevent proceed produce promise promote propose protect protest provide"
      + " publish pull push question raise ratify reach react reaffirm receive recognize recognise recommend record"
      + " recover reduce refer refuse regard reinforce reiterate reject release remain remove repeat replace reply"
      + " report represent request require rescue resign resist respond restore resume retain retreat return reveal"
      + " review rule sanction save secure seem seize serve settle share shell ship sign signal start state station"
      + " stay step stop strengthen stress submit succeed suffer suggest supply support surrender surround suspend"
      + " target test thank threaten tour trade train transfer travel treat try turn urge use vary veto visit voice"
      + " vote vow wait walk want warn watch welcome wish worry").split(" "));

  /** Base, past, past participle. */
  private static final List<String> IRREGULAR = List.of(
      "be was been", "be were been", "have had had", "do did done", "say said said", "tell told told",
      "make made made", "go went gone", "take took taken", "come came come", "see saw seen", "know knew known",
      "get got got", "give gave given", "find found found", "think thought thought", "become became become",
      "leave left left", "feel felt felt", "bring brought brought", "begin began begun", "keep kept kept",
      "hold held held", "write wrote written", "stand stood stood", "hear heard heard", "let let let",
      "mean meant meant", "set set set", "meet met met", "run ran run", "pay paid paid", "sit sat sat",
      "speak spoke spoken", "lead led led", "read read read", "grow grew grown", "lose lost lost", "fall fell fallen",
      "send sent sent", "build built built", "understand understood understood", "draw drew drawn",
      "break broke broken", "spend spent spent", "cut cut cut", "rise rose risen", "drive drove driven",
      "buy bought bought", "choose chose chosen", "seek sought sought", "throw threw thrown", "catch caught caught",
      "deal dealt dealt", "win won won", "forget forgot forgotten", "fight fought fought", "strike struck struck",
      "shoot shot shot", "sell sold sold", "fly flew flown", "hide hid hidden", "shake shook shaken",
      "forbid forbade forbidden", "spread spread spread", "withdraw withdrew withdrawn", "undertake undertook undertaken",
      "overcome overcame overcome", "uphold upheld upheld", "withhold withheld withheld", "swear swore sworn",
      "freeze froze frozen", "feed fed fed", "flee fled fled", "hit hit hit", "hurt hurt hurt", "put put put",
      "quit quit quit", "bear bore borne", "beat beat beaten", "forgive forgave forgiven", "hang hung hung",
      "show showed shown", "steal stole stolen", "teach taught taught", "tear tore torn", "sink sank sunk");

  /** Verbs that double their last consonant before -ed and -ing. */
  private static final Set<String> DOUBLING = Set.of(
      "admit", "ban", "bar", "commit", "drop", "plan", "ship", "stop", "submit", "veto", "control", "refer", "hug",
      "step", "shell", "travel", "signal");

  private static final java.util.regex.Pattern ASCII = java.util.regex.Pattern.compile("[a-z]+");
  private static final Map<String, VerbForm> FORMS = new HashMap<>();
  private static final Map<String, String> PARTICIPLES = new HashMap<>();

  static {
    for (String v : REGULAR) {
      String stem = DOUBLING.contains(v) ? v + (v.equals("veto") ? "" : v.substring(v.length() - 1)) : v;
      String ed = v.endsWith("e") ? v + "d" : v.matches(".*[^aeiou]y") ? v.substring(0, v.length() - 1) + "ied"
          : v.equals("veto") ? "vetoed" : stem + "ed";
      add(v, third(v), ed, ed, ing(v, stem));
      if (v.matches(".*[aeiou]l") && !stem.endsWith("ll")) {
        add(v, third(v), v + "led", v + "led", v + "ling");
      }
    }
    for (String row : IRREGULAR) {
      String[] f = row.split(" ");
      add(f[0], third(f[0]), f[1], f[2], ing(f[0], f[0]));
    }
    put("is", "be", Tense.PRESENT);
    put("are", "be", Tense.PRESENT);
    put("am", "be", Tense.PRESENT);
    put("has", "have", Tense.PRESENT);
    put("does", "do", Tense.PRESENT);
  }

  /** The finite form, base form or "-ing" form {@code word} is, or null. */
  static VerbForm lookup(String word) {
    return FORMS.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The base form of a regular past outside the lexicon ("cancelled", "shelled", "ratified"):
   * "-ed" removed, a doubled consonant undone, "-i" back to "-y", a final "e" restored when the
   * lexicon knows the verb with it; null for a word that is no such past.
   */
  static String guessPast(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 5 || !w.endsWith("ed") || !ASCII.matcher(w).matches() || w.endsWith("eed")) {
      return null;
    }
    String stem = w.substring(0, w.length() - 2);
    if (FORMS.containsKey(stem + "e") && FORMS.get(stem + "e").kind() == Kind.INFINITIVE) {
      return stem + "e";
    }
    if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
        && "bdgklmnprt".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
      return stem.substring(0, stem.length() - 1);
    }
    return stem.endsWith("i") ? stem.substring(0, stem.length() - 1) + "y" : stem;
  }

  /** The base form of the past participle {@code word}, or null. */
  static String participle(String word) {
    return PARTICIPLES.get(word.toLowerCase(Locale.ROOT));
  }

  private static void add(String base, String third, String past, String participle, String ing) {
    FORMS.putIfAbsent(base, new VerbForm(base, Kind.INFINITIVE, null));
    put(third, base, Tense.PRESENT);
    put(past, base, Tense.PAST);
    PARTICIPLES.putIfAbsent(participle, base);
    FORMS.putIfAbsent(ing, new VerbForm(base, Kind.GERUND, null));
  }

  private static void put(String form, String lemma, Tense tense) {
    VerbForm old = FORMS.get(form);
    if (old == null || old.kind() != Kind.FINITE) {
      FORMS.put(form, new VerbForm(lemma, Kind.FINITE, tense));
    }
  }

  private static String third(String v) {
    if (v.matches(".*(s|x|z|ch|sh|o)")) {
      return v + "es";
    }
    return v.matches(".*[^aeiou]y") ? v.substring(0, v.length() - 1) + "ies" : v + "s";
  }

  private static String ing(String v, String stem) {
    if (v.endsWith("ie")) {
      return v.substring(0, v.length() - 2) + "ying";
    }
    if (v.endsWith("e") && !v.endsWith("ee") && !v.equals("be")) {
      return v.substring(0, v.length() - 1) + "ing";
    }
    return stem + "ing";
  }
}
