package org.recoupe.document;

import java.util.List;

/**
 * What is known about an article besides its text. Every field may be {@code null} (or empty) when
 * unknown; {@link #orElse} fills gaps from a less trusted source.
 *
 * @param title the headline
 * @param outlet the publication, e.g. "Le Monde"
 * @param url the canonical address, if known
 * @param authors bylines ("Par ..."), never part of the story's actors
 * @param agencies wire agencies credited (AFP, Reuters, AP, TASS...)
 * @param published publication date-time
 * @param language ISO 639-1 code of the text's language
 */
public record Metadata(
    String title,
    String outlet,
    String url,
    List<String> authors,
    List<String> agencies,
    Published published,
    String language) {

  /** No metadata at all. */
  public static final Metadata EMPTY = new Metadata(null, null, null, List.of(), List.of(), null, null);

  /** Defensive copies; null lists become empty. */
  public Metadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
    agencies = agencies == null ? List.of() : List.copyOf(agencies);
  }

  /** This metadata with each unknown field taken from {@code fallback}. */
  public Metadata orElse(Metadata fallback) {
    return new Metadata(
        title != null ? title : fallback.title,
        outlet != null ? outlet : fallback.outlet,
        url != null ? url : fallback.url,
        !authors.isEmpty() ? authors : fallback.authors,
        !agencies.isEmpty() ? agencies : fallback.agencies,
        published != null ? published : fallback.published,
        language != null ? language : fallback.language);
  }

  /** A copy with another title. */
  public Metadata withTitle(String value) {
    return new Metadata(value, outlet, url, authors, agencies, published, language);
  }

  /** A copy with another outlet. */
  public Metadata withOutlet(String value) {
    return new Metadata(title, value, url, authors, agencies, published, language);
  }

  /** A copy with another URL. */
  public Metadata withUrl(String value) {
    return new Metadata(title, outlet, value, authors, agencies, published, language);
  }

  /** A copy with other authors. */
  public Metadata withAuthors(List<String> value) {
    return new Metadata(title, outlet, url, value, agencies, published, language);
  }

  /** A copy with other agencies. */
  public Metadata withAgencies(List<String> value) {
    return new Metadata(title, outlet, url, authors, value, published, language);
  }

  /** A copy with another publication date. */
  public Metadata withPublished(Published value) {
    return new Metadata(title, outlet, url, authors, agencies, value, language);
  }

  /** A copy with another language. */
  public Metadata withLanguage(String value) {
    return new Metadata(title, outlet, url, authors, agencies, published, value);
  }
}
