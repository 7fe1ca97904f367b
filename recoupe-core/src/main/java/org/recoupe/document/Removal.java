package org.recoupe.document;

/**
 * A piece of the original text that extraction or cleaning left out, and why, so that nothing is
 * silently lost.
 *
 * @param span where it is, in {@link Keys#ORIGINAL} offsets
 * @param reason a short machine-readable reason such as {@code "navigation"} or {@code "byline"}
 * @param text the removed text (whitespace-normalised, for display)
 */
public record Removal(Span span, String reason, String text) {}
