package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoupe.dedup.Hashing;
import org.recoupe.entities.Aliases;
import org.recoupe.entities.Demonyms;
import org.recoupe.entities.NameKeys;
import org.recoupe.text.Stems;
import org.recoupe.text.Terms;

/**
 * The content words of a quotation, each with the keys under which a wording of the same statement
 * in French or English may carry it: its first six letters and its stem (same language), its
 * {@link Cognates cognate} key ("partenariat" / "partnership"), its meanings in the {@link
 * FrenchEnglish lexicon} ("traité" / "treaty"), the phonetic key of a capitalised name ("Poutine"
 * / "Putin"), the country or body a name or adjective stands for ("Corée du Nord" / "North Korea",
 * "russe" / "Russian"), and the value of a number ("20 000" / "20,000", "deux" / "two").
 * Function words are left out. Immutable.
 */
final class QuoteTerms {
  /**
   * A content word, folded; whether it is a number; its keys; and its spelling {@link
   * Cognates#shape shape} (or {@code null}).
   */
  record Term(String word, boolean number, List<String> keys, String shape) {
    /** Defensive copy. */
    Term {
      keys = List.copyOf(keys);
    }
  }

  /** A term with its keys hashed (64 bits, {@link Hashing#hash}) and the first letters of its shape. */
  private record Hashed(Term term, long[] keys, String prefix) {}

  private static final Pattern TOKEN = Pattern.compile(
      "aujourd['’]hui|\\p{L}+|\\p{N}+(?:[\\u0020\\u00A0\\u202F.,]\\p{N}{3}(?!\\p{N}))*(?:[.,]\\p{N}+)?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int PREFIX = 6;
  private static final int ALIAS_WORDS = 6;
  private static final int PREFIX_LETTERS = 3;

  private static final Set<String> FUNCTION_WORDS = Set.copyOf(List.of(
      // French
      "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "en", "dans", "sur", "sous", "par", "pour",
      "avec", "sans", "chez", "vers", "entre", "contre", "et", "ou", "ni", "mais", "donc", "or", "car", "que",
      "qu", "qui", "quoi", "dont", "ce", "cet", "cette", "ces", "se", "sa", "son", "ses", "leur", "leurs",
      "lui", "il", "ils", "elle", "elles", "on", "nous", "vous", "je", "tu", "me", "te", "moi", "toi", "eux",
      "ne", "pas", "plus", "si", "tout", "tous", "toute", "toutes", "mon", "ma", "mes", "ton", "ta", "tes",
      "notre", "nos", "votre", "vos", "celui", "celle", "ceux", "celles", "cela", "ceci", "ca", "lequel",
      "laquelle", "lesquels", "lesquelles", "auquel", "duquel", "quel", "quelle", "quels", "quelles", "y",
      "est", "sont", "etait", "etaient", "ete", "etre", "sera", "seront", "serait", "seraient", "soit",
      "sommes", "etes", "suis", "es", "fut", "ai", "as", "a", "ont", "avait", "avaient", "avoir", "aura",
      "auront", "aurait", "auraient", "ait", "aient", "eu", "avons", "avez", "ca", "c", "d", "j", "l", "m",
      "n", "s", "t", "aussi", "ainsi", "alors", "comme", "tres", "bien", "meme", "deja", "encore", "puis",
      "lorsque", "quand", "parce", "afin", "voila", "ici", "soyez", "soient", "sois", "serons", "serez",
      "etions", "etiez", "etant",
      // English
      "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "about",
      "as", "and", "or", "nor", "but", "that", "which", "who", "whom", "whose", "this", "these", "those",
      "it", "its", "he", "him", "she", "her", "hers", "they", "them", "his", "their", "theirs", "we", "us",
      "our", "ours", "you", "your", "yours", "i", "me", "my", "mine", "is", "are", "was", "were", "be",
      "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "not", "no", "so", "than",
      "then", "there", "here", "also", "very", "such", "if", "because", "while", "when", "where", "what",
      "how", "why", "all", "any", "both", "each", "s", "t", "ll", "ve", "re", "d", "m", "just", "too", "will",
      "would", "shall"));

  private static final Set<String> ACCENTED_CONTENT = Set.of("sur", "du");

  /**
   * The first four letters of the words of the JDK's French and English country names: only words
   * starting so are looked up as nationality adjectives ("russe", "coréen", "Ukrainian"), which is
   * slow; irregular ones ("American", "allemand") are in the lexicon.
   */
  private static final Set<String> COUNTRY_PREFIXES = countryPrefixes();

  private static final Map<String, String> NUMBER_WORDS = numberWords();

  private final List<Term> terms;
  private final Map<String, List<String>> shapes;
  private final Hashed[] hashed;
  private final long[] sortedHashes;

  private QuoteTerms(List<Term> terms) {
    this.terms = List.copyOf(terms);
    Set<String> all = new HashSet<>();
    Map<String, List<String>> byPrefix = new HashMap<>();
    this.hashed = new Hashed[terms.size()];
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      all.addAll(t.keys());
      String prefix = t.shape() != null && t.shape().length() >= PREFIX_LETTERS
          ? t.shape().substring(0, PREFIX_LETTERS) : null;
      if (prefix != null) {
        byPrefix.computeIfAbsent(prefix, k -> new ArrayList<>()).add(t.shape());
      }
      hashed[i] = new Hashed(t, t.keys().stream().mapToLong(Hashing::hash).toArray(), prefix);
    }
    this.shapes = Map.copyOf(byPrefix);
    this.sortedHashes = all.stream().mapToLong(Hashing::hash).sorted().toArray();
  }

  /** The distinct content words of {@code text}, a quotation in {@code language} ("fr", "en" or null). */
  static QuoteTerms of(String text, String language) {
    return of(text, language, new HashMap<>());
  }

  /**
   * The same, remembering in {@code memo} the keys of each word met (by language and spelling), so
   * that the words a story repeats are looked up once; not thread-safe, one memo per caller.
   */
  static QuoteTerms of(String text, String language, Map<String, Set<String>> memo) {
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    List<Set<String>> aliases = aliasKeys(words);
    Map<String, Term> out = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String folded = Terms.fold(word);
      if (Character.isDigit(word.charAt(0)) || NUMBER_WORDS.containsKey(folded)) {
        String value = "#" + (Character.isDigit(word.charAt(0)) ? numberValue(word) : NUMBER_WORDS.get(folded));
        out.putIfAbsent(value, new Term(folded, true, List.of(value), null));
      } else if (!functionWord(word, folded) && folded.length() > 1) {
        Set<String> keys = new HashSet<>(
            memo.computeIfAbsent(language + ":" + word, k -> wordKeys(word, folded, language)));
        keys.addAll(aliases.get(i));
        out.putIfAbsent("s:" + stem(folded, language == null ? "fr" : language),
            new Term(folded, false, List.copyOf(keys), Cognates.shape(folded)));
      }
    }
    return new QuoteTerms(new ArrayList<>(out.values()));
  }

  /** A function word; "sûr" and "dû" are not "sur" and "du", though they fold alike. */
  private static boolean functionWord(String word, String folded) {
    return FUNCTION_WORDS.contains(folded) && !(ACCENTED_CONTENT.contains(folded) && !word.equalsIgnoreCase(folded));
  }

  private static Set<String> wordKeys(String word, String folded, String language) {
    Set<String> keys = new HashSet<>();
    keys.add("p:" + (folded.length() > PREFIX ? folded.substring(0, PREFIX) : folded));
    for (String lang : language == null ? List.of("fr", "en") : List.of(language)) {
      keys.add("s:" + stem(folded, lang));
    }
    String cognate = Cognates.key(singular(folded));
    if (cognate != null) {
      keys.add("k:" + cognate);
    }
    for (int meaning : FrenchEnglish.get().meanings(word, language)) {
      keys.add("m:" + meaning);
    }
    if (Character.isUpperCase(word.charAt(0)) && folded.length() > 2) {
      keys.add("n:" + NameKeys.phoneticWord(folded));
    }
    String country = folded.length() > 3 && COUNTRY_PREFIXES.contains(folded.substring(0, 4))
        ? Demonyms.country(folded) : null;
    if (country != null) {
      keys.add("a:country:" + country);
    }
    return keys;
  }

  private static String stem(String folded, String language) {
    return Stems.stem(VerbForms.base(folded, language), language);
  }

  /** The content words. */
  List<Term> terms() {
    return terms;
  }

  /**
   * Whether content word {@code i} of this quotation aligns with one of {@code other}'s: a key in
   * common, or else a word of the other that looks like its cognate ({@link Cognates#similar}).
   * Numbers align only by value.
   */
  boolean aligns(int i, QuoteTerms other) {
    Hashed h = hashed[i];
    for (long k : h.keys()) {
      if (Arrays.binarySearch(other.sortedHashes, k) >= 0) {
        return true;
      }
    }
    if (h.term().number() || h.prefix() == null) {
      return false;
    }
    for (String shape : other.shapes.getOrDefault(h.prefix(), List.of())) {
      if (Cognates.similar(h.term().shape(), shape)) {
        return true;
      }
    }
    return false;
  }

  /** How many content words. */
  int size() {
    return terms.size();
  }

  /** The alias key of each word that is part of a country's or body's name ("Corée du Nord"). */
  private static List<Set<String>> aliasKeys(List<String> words) {
    List<Set<String>> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      out.add(new HashSet<>());
    }
    for (int i = 0; i < words.size(); i++) {
      if (!Character.isUpperCase(words.get(i).charAt(0))) {
        continue;
      }
      StringBuilder name = new StringBuilder();
      for (int j = i; j < Math.min(words.size(), i + ALIAS_WORDS); j++) {
        name.append(j == i ? "" : " ").append(words.get(j));
        String key = Aliases.key(name.toString());
        if (key != null) {
          String country = Aliases.country(key);
          for (int k = i; k <= j; k++) {
            out.get(k).add("a:" + (country != null && key.startsWith("country:") ? "country:" + country : key));
          }
        }
      }
    }
    return out;
  }

  /** A folded word without a plural "s" or "x", for the cognate key. */
  private static String singular(String folded) {
    int n = folded.length();
    return n > 5 && (folded.charAt(n - 1) == 's' || folded.charAt(n - 1) == 'x') ? folded.substring(0, n - 1) : folded;
  }

  /** "20 000", "20,000" and "20.000" → "20000"; "3,5" and "3.5" → "3.5". */
  static String numberValue(String number) {
    String digits = number.replaceAll("[\\u0020\\u00A0\\u202F]", "");
    digits = digits.replaceAll("[.,](?=\\p{N}{3}(?!\\p{N}))", "");
    digits = digits.replace(',', '.');
    if (digits.contains(".")) {
      digits = digits.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return digits.replaceFirst("^0+(?=\\p{N})", "");
  }

  private static Set<String> countryPrefixes() {
    Set<String> out = new HashSet<>();
    for (String code : Locale.getISOCountries()) {
      for (Locale in : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        for (String w : NameKeys.words(new Locale("", code).getDisplayCountry(in))) {
          if (w.length() >= 4) {
            out.add(w.substring(0, 4));
          }
        }
      }
    }
    return Set.copyOf(out);
  }

  private static Map<String, String> numberWords() {
    String[][] table = {
        {"2", "deux", "two"}, {"3", "trois", "three"}, {"4", "quatre", "four"}, {"5", "cinq", "five"},
        {"6", "six", "six"}, {"7", "sept", "seven"}, {"8", "huit", "eight"},
        {"10", "dix", "ten"}, {"11", "onze", "eleven"}, {"12", "douze", "twelve"}, {"13", "treize", "thirteen"},
        {"14", "quatorze", "fourteen"}, {"15", "quinze", "fifteen"}, {"16", "seize", "sixteen"},
        {"20", "vingt", "twenty"}, {"30", "trente", "thirty"}, {"40", "quarante", "forty"},
        {"50", "cinquante", "fifty"}, {"60", "soixante", "sixty"}, {"100", "cent", "hundred"},
        {"1000", "mille", "thousand"}, {"10", "dizaine", "ten"}, {"12", "douzaine", "dozen"},
        {"20", "vingtaine", "twenty"}, {"100", "centaine", "hundred"}, {"1000", "millier", "thousand"}};
    Map<String, String> out = new HashMap<>();
    for (String[] row : table) {
      out.put(row[1], row[0]);
      out.put(row[2], row[0]);
    }
    return Map.copyOf(out);
  }
}
