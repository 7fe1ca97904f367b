package org.recoupe.ingest;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** Small questions about HTML content: is it markup at all, does it hold any text. */
final class Markup {
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>");

  private Markup() {}

  /** Whether {@code content} contains HTML tags (as feed descriptions often do). */
  static boolean looksLikeMarkup(String content) {
    return TAG.matcher(content).find();
  }

  /** Whether the HTML shows any text once tags, scripts and styles are left out. */
  static boolean hasText(String html) {
    return !Jsoup.parse(html).body().text().isBlank();
  }
}
