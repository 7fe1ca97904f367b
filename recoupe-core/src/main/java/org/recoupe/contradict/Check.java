package org.recoupe.contradict;

import java.util.List;

/**
 * One kind of conflict, looked for between the two analysed passages of a {@link Pair}.
 * Implementations are stateless and thread-safe.
 */
public interface Check {
  /** The conflicts of this kind between {@code pair.left()} and {@code pair.right()}. */
  List<Conflict> conflicts(Pair pair);
}
