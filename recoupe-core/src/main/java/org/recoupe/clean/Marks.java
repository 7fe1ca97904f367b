package org.recoupe.clean;

/**
 * The cleaner's working decisions for the lines of one page: for each line, the reason it is
 * removed ({@code null} while it is kept), and optionally a trailing part of the line (a credit, a
 * site-name suffix) removed for a reason of its own. Not thread-safe; one per call.
 */
final class Marks {
  private final String[] reason;
  private final int[] tailStart;
  private final String[] tailReason;

  Marks(int lines) {
    reason = new String[lines];
    tailStart = new int[lines];
    tailReason = new String[lines];
  }

  /** The reason line {@code i} is removed, or {@code null} if it is kept. */
  String reason(int i) {
    return reason[i];
  }

  boolean kept(int i) {
    return reason[i] == null;
  }

  /** Removes line {@code i} for {@code why} unless it is already removed. */
  void remove(int i, String why) {
    if (reason[i] == null) {
      reason[i] = why;
    }
  }

  /** Keeps line {@code i} after all. */
  void keep(int i) {
    reason[i] = null;
  }

  /** Removes the part of line {@code i} from source offset {@code start} for {@code why}. */
  void cutTail(int i, int start, String why) {
    tailStart[i] = start;
    tailReason[i] = why;
  }

  /** Source offset where the removed tail of line {@code i} starts, or 0 if none. */
  int tailStart(int i) {
    return tailReason[i] == null ? 0 : tailStart[i];
  }

  String tailReason(int i) {
    return tailReason[i];
  }
}
