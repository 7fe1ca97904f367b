package org.recoupe.document;

/** What kind of content {@link Keys#ORIGINAL} holds. */
public enum Format {
  /** Plain text, as scraped: main text mixed with menus, teasers and credits. */
  TEXT,
  /** HTML markup of a whole page. */
  HTML
}
