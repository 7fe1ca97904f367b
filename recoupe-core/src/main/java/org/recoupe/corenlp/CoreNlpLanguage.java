package org.recoupe.corenlp;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages for which Recoupe loads CoreNLP models, with the {@code tokenize.language} code
 * CoreNLP expects. Shared by every CoreNLP-backed stage, so that they all tokenize alike.
 */
public enum CoreNlpLanguage {
  /** French: CoreNLP's {@code FrenchTokenizer} with its default options. */
  FRENCH("fr"),
  /** English: CoreNLP's {@code PTBTokenizer} with its default options. */
  ENGLISH("en");

  private final String code;

  CoreNlpLanguage(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code, as CoreNLP's {@code tokenize.language} property takes it. */
  public String code() {
    return code;
  }

  /**
   * The language named by an ISO 639-1 code or a language tag ("fr", "FR", "fr-CA", "en_GB"), if it
   * is one Recoupe has models for.
   */
  public static Optional<CoreNlpLanguage> forCode(String codeOrTag) {
    if (codeOrTag == null) {
      return Optional.empty();
    }
    String primary = codeOrTag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    for (CoreNlpLanguage language : values()) {
      if (language.code.equals(primary)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
