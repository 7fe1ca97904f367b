package org.recoupe.extract;

/** Drops blocks of the chosen container that are not article text, and says why. */
final class BlockFilter {
  private BlockFilter() {}

  /** The reason to drop {@code b}, or {@code null} to keep it. */
  static String reason(Block b) {
    String tag = b.owner.normalName();
    if (b.teaser) {
      return "related";
    }
    if (tag.equals("h1")) {
      return "title";
    }
    if (b.linkDensity() > 0.5) {
      return "links";
    }
    return null;
  }
}
