package org.recoupe.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.recoupe.document.Removal;

/**
 * Decides which presumed furniture really is: an element named like a sidebar, a header or a
 * comment box is left out unless it holds half or more of the page's running text (the text that
 * {@link Votes} votes for) in several blocks, in which case the name belongs to a
 * layout wrapper.
 */
final class Furniture {
  private static final double WRAPPER_SHARE = 0.5;
  private static final int WRAPPER_BLOCKS = 3;

  private Furniture() {}

  /** The blocks that are not furniture; the furniture goes to {@code removed}. */
  static List<Block> strip(List<Block> blocks, List<Removal> removed) {
    Map<Flag, Double> running = new IdentityHashMap<>();
    Map<Flag, Integer> count = new IdentityHashMap<>();
    double total = 0;
    for (Block b : blocks) {
      double w = b.weight;
      if (w > 0) {
        total += w;
        for (Flag f = b.flags; f != null; f = f.outer()) {
          running.merge(f, w, Double::sum);
          count.merge(f, 1, Integer::sum);
        }
      }
    }
    List<Block> kept = new ArrayList<>();
    Map<Flag, Boolean> reported = new IdentityHashMap<>();
    for (Block b : blocks) {
      Flag held = null;
      for (Flag f = b.flags; f != null; f = f.outer()) {
        if (running.getOrDefault(f, 0.0) < WRAPPER_SHARE * total
            || count.getOrDefault(f, 0) < WRAPPER_BLOCKS) {
          held = f;
        }
      }
      if (held == null) {
        kept.add(b);
      } else if (reported.put(held, Boolean.TRUE) == null) {
        removed.add(new Removal(SourceSpans.of(held.element()), held.reason(),
            SourceSpans.shorten(held.element().text())));
      }
    }
    return kept;
  }
}
