package org.recoupe.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells which language a text is written in, among a small configurable set of languages (lingua
 * n-gram models), so that detection stays fast and light. The lingua detector is built on first
 * use, once, and shared by every thread. Thread-safe.
 */
public final class LanguageIdentifier {
  /** The languages recognised by {@link #defaults()}, as ISO 639-1 codes. */
  public static final List<String> DEFAULT_LANGUAGES = List.of("fr", "en", "de", "es", "it", "pt", "nl", "ru");

  /** Texts with fewer letters than this are not worth a guess. */
  public static final int MIN_LETTERS = 20;

  /** Only the start of a long text is read: it is enough, and detection cost grows with length. */
  private static final int MAX_CHARS = 1000;

  private final List<Language> languages;
  private volatile LanguageDetector detector;

  /**
   * An identifier for the given ISO 639-1 codes (at least two).
   *
   * @throws IllegalArgumentException if a code is unknown to lingua or fewer than two are given
   */
  public LanguageIdentifier(Set<String> isoCodes) {
    Set<Language> chosen = new LinkedHashSet<>();
    for (String code : isoCodes) {
      chosen.add(languageOf(code));
    }
    if (chosen.size() < 2) {
      throw new IllegalArgumentException("need at least two languages, got " + isoCodes);
    }
    this.languages = List.copyOf(chosen);
  }

  /** The shared identifier for {@link #DEFAULT_LANGUAGES}. */
  public static LanguageIdentifier defaults() {
    return Defaults.INSTANCE;
  }

  /** The ISO 639-1 codes this identifier chooses from. */
  public List<String> languages() {
    List<String> out = new ArrayList<>();
    for (Language language : languages) {
      out.add(codeOf(language));
    }
    return out;
  }

  /**
   * The language of {@code text} as a lowercase ISO 639-1 code, or empty when the text is too
   * short ({@link #MIN_LETTERS}) or too ambiguous to tell.
   */
  public Optional<String> detect(String text) {
    if (text == null || letters(text) < MIN_LETTERS) {
      return Optional.empty();
    }
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Language found = detector().detectLanguageOf(sample);
    return found == Language.UNKNOWN ? Optional.empty() : Optional.of(codeOf(found));
  }

  /**
   * Normalises a language tag such as {@code "fr-FR"}, {@code "en_US"} or {@code "FR"} to a
   * lowercase ISO 639-1 code, or {@code null} if it is not one.
   */
  public static String normalizeTag(String tag) {
    if (tag == null) {
      return null;
    }
    String primary = tag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2}") ? primary : null;
  }

  private LanguageDetector detector() {
    LanguageDetector d = detector;
    if (d == null) {
      synchronized (this) {
        d = detector;
        if (d == null) {
          d = LanguageDetectorBuilder.fromLanguages(languages.toArray(new Language[0])).build();
          detector = d;
        }
      }
    }
    return d;
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static Language languageOf(String code) {
    String norm = normalizeTag(code);
    if (norm != null) {
      for (IsoCode639_1 iso : IsoCode639_1.values()) {
        if (iso.name().toLowerCase(Locale.ROOT).equals(norm)) {
          try {
            Language language = Language.getByIsoCode639_1(iso);
            if (language != Language.UNKNOWN) {
              return language;
            }
          } catch (RuntimeException e) {
            break;
          }
        }
      }
    }
    throw new IllegalArgumentException("unknown language code: " + code);
  }

  private static String codeOf(Language language) {
    return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  private static final class Defaults {
    static final LanguageIdentifier INSTANCE = new LanguageIdentifier(new LinkedHashSet<>(DEFAULT_LANGUAGES));
  }
}
