package org.recoupe.extract;

import org.jsoup.Jsoup;
import org.recoupe.clean.CleanText;
import org.recoupe.clean.PlainTextCleaner;

/** Finds the main text of an HTML page. Thread-safe. */
public final class HtmlExtractor {
  private final PlainTextCleaner lines = new PlainTextCleaner();

  /** Extracts the main text of {@code html}. */
  public CleanText extract(String html) {
    String text = Jsoup.parse(html).body().wholeText();
    return lines.clean(text);
  }
}
