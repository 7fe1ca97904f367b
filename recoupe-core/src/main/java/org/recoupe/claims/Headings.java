package org.recoupe.claims;

/** Section headings ("Un renforcement des liens"): short lines with no closing punctuation. */
public final class Headings {
  private Headings() {}

  private static final int MAX_WORDS = 15;

  /** Whether {@code sentence} reads as a heading rather than a sentence (blank counts as a heading). */
  public static boolean is(String sentence) {
    String s = sentence.strip();
    if (s.isEmpty()) {
      return true;
    }
    String bare = s.replaceAll("[\\s\\p{Z}»\"”)]+$", "");
    boolean closed = !bare.isEmpty() && ".!?…".indexOf(bare.charAt(bare.length() - 1)) >= 0;
    return !closed && s.split("[^\\p{L}\\p{N}]+").length < MAX_WORDS;
  }
}
