package org.recoupe.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recognition rule: a precompiled pattern over the folded text (see {@link Folding}), the
 * words it can start with (so that it is only tried where it can match; {@code "#"} stands for a
 * number), and the function that normalises a match.
 */
record Rule(String name, Pattern pattern, List<String> groupNames, List<String> triggers, Normaliser normaliser) {
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  /** Turns a match into a value, or {@code null} to reject it. */
  @FunctionalInterface
  interface Normaliser {
    Found apply(Groups g, Resolver r);
  }

  /** The named groups of one match. */
  static final class Groups {
    private final List<String> names;
    private final String[] values;

    Groups(List<String> names, Matcher m) {
      this.names = names;
      this.values = new String[names.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = m.group(names.get(i));
      }
    }

    /**
     * The text of group {@code name}, or {@code null} if it did not take part in the match or the
     * rule has no such group (normalisers are shared between rules).
     */
    String get(String name) {
      int i = names.indexOf(name);
      return i < 0 ? null : values[i];
    }

    boolean has(String name) {
      return get(name) != null;
    }
  }

  static Rule of(String name, String regex, List<String> triggers, Normaliser normaliser) {
    List<String> names = new ArrayList<>();
    Matcher m = GROUP_NAME.matcher(regex);
    while (m.find()) {
      names.add(m.group(1));
    }
    return new Rule(name, Pattern.compile(regex), List.copyOf(names), List.copyOf(triggers), normaliser);
  }
}
