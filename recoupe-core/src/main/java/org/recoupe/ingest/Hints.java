package org.recoupe.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.recoupe.document.Metadata;
import org.recoupe.document.Published;

/** Builds {@link Metadata} hints from container fields, tidying each value. */
final class Hints {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  private String title;
  private String outlet;
  private String url;
  private List<String> authors = List.of();
  private Published published;
  private String language;

  Hints title(String value) {
    title = clean(value);
    return this;
  }

  Hints outlet(String value) {
    outlet = clean(value);
    return this;
  }

  Hints url(String value) {
    url = clean(value);
    return this;
  }

  Hints authors(List<String> values) {
    authors = values.stream().map(Hints::clean).filter(v -> v != null).distinct().toList();
    return this;
  }

  Hints published(Published value) {
    published = value;
    return this;
  }

  /** Keeps the primary subtag of a language tag ({@code fr-FR} → {@code fr}) when it is an ISO 639-1 code. */
  Hints language(String value) {
    String v = clean(value);
    if (v != null) {
      String primary = v.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
      language = LANGUAGE.matcher(primary).matches() ? primary : null;
    }
    return this;
  }

  Metadata build() {
    return new Metadata(title, outlet, url, authors, List.of(), published, language);
  }

  /** Trimmed, whitespace collapsed, NFC and mojibake-repaired; null when blank. */
  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String v = TextDecoder.normalise(value).replaceAll("\\s+", " ").trim();
    return v.isEmpty() ? null : v;
  }
}
