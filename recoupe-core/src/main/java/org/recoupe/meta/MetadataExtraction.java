package org.recoupe.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recoupe.document.Document;
import org.recoupe.document.Format;
import org.recoupe.document.Key;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Removal;
import org.recoupe.lang.LanguageIdentifier;
import org.recoupe.pipeline.Stage;

/**
 * Gathers the article's metadata (title, outlet, url, authors, credited agencies, publication date,
 * language) from, in order of trust: the record's hints, the HTML markup, and the words of the page
 * (headline, byline, date line, credit line, site name, read from the head and tail of the original
 * and from what cleaning set aside). The outlet falls back on the address's host; the language is
 * detected on the clean text, the declared one serving only when the text is too short.
 */
public final class MetadataExtraction implements Stage {
  /** Lines read at the head of a plain-text page beyond its first paragraph of body text. */
  private static final int HEAD_PAST_BODY = 3;
  private static final int HEAD_MAX = 60;
  private static final int TAIL = 20;

  private final LanguageIdentifier languages;

  /** Extraction with the shared default language identifier. */
  public MetadataExtraction() {
    this(LanguageIdentifier.defaults());
  }

  /** Extraction choosing the language among those of {@code languages}. */
  public MetadataExtraction(LanguageIdentifier languages) {
    this.languages = languages;
  }

  @Override
  public String name() {
    return "metadata";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.SOURCE, Keys.ORIGINAL, Keys.HINTS, Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.METADATA);
  }

  @Override
  public Document apply(Document document) {
    Metadata hints = document.get(Keys.HINTS);
    String original = document.get(Keys.ORIGINAL);
    List<Removal> removed = document.find(Keys.REMOVED).orElse(List.of());
    boolean html = document.get(Keys.SOURCE).format() == Format.HTML;

    Metadata markup = Metadata.EMPTY;
    PageLines lines;
    if (html) {
      HtmlMetadata.Result r = HtmlMetadata.read(original, hints.url());
      markup = r.metadata();
      PageLines l = r.lines();
      lines = new PageLines(l.head(), l.tail(), marked(removed, null), markedTitle(removed, null));
    } else {
      lines = plainLines(original, removed);
    }
    Metadata words = TextMetadata.read(lines);

    Metadata merged = hints.withLanguage(null).orElse(markup.withLanguage(null)).orElse(words.withOutlet(null));
    String url = merged.url();
    String outlet = merged.outlet();
    if (outlet == null) {
      outlet = Outlets.curated(url);
    }
    if (outlet == null) {
      outlet = words.outlet();
    }
    if (outlet == null) {
      outlet = Outlets.fromHost(url);
    }
    String declared = LanguageIdentifier.normalizeTag(hints.language() != null ? hints.language() : markup.language());
    String language = languages.detect(document.get(Keys.TEXT)).orElse(declared);
    return document.with(Keys.METADATA, merged.withOutlet(outlet).withLanguage(language));
  }

  /** Head and tail lines of a plain-text original, and the lines cleaning set aside as metadata. */
  static PageLines plainLines(String original, List<Removal> removed) {
    List<String> all = new ArrayList<>();
    for (String line : original.split("\n")) {
      String l = Fold.squeeze(line);
      if (!l.isEmpty()) {
        all.add(l);
      }
    }
    int headEnd = Math.min(all.size(), HEAD_MAX);
    for (int i = 0; i < headEnd; i++) {
      if (Headlines.isBody(all.get(i))) {
        headEnd = Math.min(headEnd, i + 1 + HEAD_PAST_BODY);
        break;
      }
    }
    List<String> head = all.subList(0, headEnd);
    List<String> tail = all.subList(Math.max(headEnd, all.size() - TAIL), all.size());
    return new PageLines(head, tail, marked(removed, original), markedTitle(removed, original));
  }

  /** The texts cleaning removed as bylines, credits, dates or titles, in reading order. */
  private static List<String> marked(List<Removal> removed, String original) {
    List<String> out = new ArrayList<>();
    for (Removal r : sorted(removed)) {
      if (isMetadataReason(r.reason())) {
        for (String line : textOf(r, original).split("\n")) {
          String l = Fold.squeeze(line);
          if (!l.isEmpty()) {
            out.add(l);
          }
        }
      }
    }
    return out;
  }

  private static String markedTitle(List<Removal> removed, String original) {
    for (Removal r : sorted(removed)) {
      if (r.reason() != null && r.reason().toLowerCase(Locale.ROOT).contains("title")) {
        String t = Fold.squeeze(textOf(r, original));
        if (!t.isEmpty()) {
          return t;
        }
      }
    }
    return null;
  }

  private static String textOf(Removal r, String original) {
    if (original != null && r.span().end() <= original.length()) {
      return r.span().of(original);
    }
    return r.text() == null ? "" : r.text();
  }

  private static boolean isMetadataReason(String reason) {
    if (reason == null) {
      return false;
    }
    String r = reason.toLowerCase(Locale.ROOT);
    return r.contains("byline") || r.contains("credit") || r.contains("date") || r.contains("author")
        || r.contains("signature") || r.contains("title");
  }

  private static List<Removal> sorted(List<Removal> removed) {
    List<Removal> copy = new ArrayList<>(removed);
    copy.sort((a, b) -> a.span().compareTo(b.span()));
    return copy;
  }
}
