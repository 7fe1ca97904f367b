package org.recoupe.clean;

/**
 * The vocabulary of {@link org.recoupe.document.Removal#reason()} used by {@link PlainTextCleaner}:
 * why a line (or part of a line) of a scraped page was left out of the main text.
 *
 * <ul>
 *   <li>{@code navigation}: site sections, links and short lines around the article;
 *   <li>{@code menu}: bulleted menu entries outside the article;
 *   <li>{@code teaser}: "Read more", "Lire aussi" and related-article prompts or lists;
 *   <li>{@code newsletter}, {@code app}, {@code share}, {@code cookie}, {@code subscriber}:
 *       newsletter, mobile-app, social-sharing, cookie-consent and paywall prompts;
 *   <li>{@code comment-count}: a lone number or "12 comments";
 *   <li>{@code comments}: the readers' comments below the article, from their heading on;
 *   <li>{@code source-link}: "Source link", "Source: …" lines;
 *   <li>{@code copyright}, {@code legal}: copyright lines, legal notices, re-use and privacy links;
 *   <li>{@code caption}: a photo caption; {@code credit}: a photo or agency credit ("Le Monde avec
 *       AFP", "[X/Sputnik, Pool via AFP]"); {@code byline}: "By X", "Par X, publié le …" — credits
 *       and bylines are metadata, read back from the original text through their removal spans;
 *   <li>{@code breadcrumb}: "Section &gt; Subsection &gt; Topic";
 *   <li>{@code recap}: summary and table-of-contents blocks ("Tl;dr", "Key points", lists repeating
 *       the section headings) and other repeats of the article's text (the whole text in one line);
 *   <li>{@code site-name}: the outlet's name or a " | Section" suffix of the title;
 *   <li>{@code advertisement}: "Advertisement", "Publicité";
 *   <li>{@code date}: a line that only gives the publication or update date.
 * </ul>
 */
public final class Reason {
  /** Site sections, links and short lines around the article. */
  public static final String NAVIGATION = "navigation";
  /** Bulleted menu entries outside the article. */
  public static final String MENU = "menu";
  /** Related-article prompts and lists. */
  public static final String TEASER = "teaser";
  /** Newsletter prompts. */
  public static final String NEWSLETTER = "newsletter";
  /** Mobile-app prompts. */
  public static final String APP = "app";
  /** A lone comment counter. */
  public static final String COMMENT_COUNT = "comment-count";
  /** Readers' comments below the article. */
  public static final String COMMENTS = "comments";
  /** Social-sharing prompts. */
  public static final String SHARE = "share";
  /** "Source link" lines. */
  public static final String SOURCE_LINK = "source-link";
  /** Copyright lines. */
  public static final String COPYRIGHT = "copyright";
  /** Photo captions. */
  public static final String CAPTION = "caption";
  /** Photo and agency credits. */
  public static final String CREDIT = "credit";
  /** Author lines. */
  public static final String BYLINE = "byline";
  /** Paywall notices. */
  public static final String SUBSCRIBER = "subscriber";
  /** Breadcrumb trails. */
  public static final String BREADCRUMB = "breadcrumb";
  /** Summary and table-of-contents blocks, repeats of the article's text. */
  public static final String RECAP = "recap";
  /** The outlet's name. */
  public static final String SITE_NAME = "site-name";
  /** Advertisement markers. */
  public static final String ADVERTISEMENT = "advertisement";
  /** Cookie-consent notices. */
  public static final String COOKIE = "cookie";
  /** Legal notices, re-use and privacy links. */
  public static final String LEGAL = "legal";
  /** Date-only lines. */
  public static final String DATE = "date";

  private Reason() {}
}
