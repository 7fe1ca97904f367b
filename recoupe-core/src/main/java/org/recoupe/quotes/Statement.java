package org.recoupe.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One thing someone said, as several articles quote it: identical, lightly edited, translated
 * differently (into the same language or another), or cut shorter.
 *
 * @param speaker the speaker as the first wording names it, or {@code null} if none does
 * @param wordings every quotation of the statement, in article order
 */
public record Statement(String speaker, List<Wording> wordings) {
  /** Defensive copy. */
  public Statement {
    wordings = List.copyOf(wordings);
  }

  /**
   * One article's quotation of a statement.
   *
   * @param articleId the article quoting it
   * @param quote the quotation
   * @param language the article's language ("fr", "en"...), or {@code null} if unknown
   */
  public record Wording(String articleId, Quote quote, String language) {
    /** A quotation from an article of unknown language. */
    public Wording(String articleId, Quote quote) {
      this(articleId, quote, null);
    }
  }

  /**
   * One wording as several articles use it: the same words, case, spacing and quotation marks
   * aside.
   *
   * @param text the words, as the first article to use them gives them
   * @param language the language of that article, or {@code null}
   * @param uses the quotations using these words, in article order
   */
  public record Variant(String text, String language, List<Wording> uses) {
    /** Defensive copy. */
    public Variant {
      uses = List.copyOf(uses);
    }

    /** The ids of the articles using these words, in order, without repeats. */
    public List<String> articleIds() {
      return uses.stream().map(Wording::articleId).distinct().toList();
    }
  }

  /** The ids of the articles that quote it, in order, without repeats. */
  public List<String> articleIds() {
    return wordings.stream().map(Wording::articleId).distinct().toList();
  }

  /** Its different wordings, each once with every article using it, in order of first use. */
  public List<Variant> variants() {
    Map<String, List<Wording>> byText = new LinkedHashMap<>();
    for (Wording w : wordings) {
      byText.computeIfAbsent(key(w.quote().text()), k -> new ArrayList<>()).add(w);
    }
    List<Variant> out = new ArrayList<>();
    for (List<Wording> uses : byText.values()) {
      out.add(new Variant(uses.get(0).quote().text(), uses.get(0).language(), uses));
    }
    return out;
  }

  /** Whether its wordings are in more than one known language. */
  public boolean multilingual() {
    return wordings.stream().map(Wording::language).filter(l -> l != null).distinct().count() > 1;
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s\\p{Z}«»“”\"]+", " ").strip();
  }
}
