package org.recoupe.ingest;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out document ids that are stable (derived from file names, in reading order), unique within
 * a run even on a case-insensitive file system, and safe as file names everywhere.
 */
final class DocumentIds {
  private static final int MAX_LENGTH = 100;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9._-]+|\\.{2,}");
  private static final Pattern UNDERSCORES = Pattern.compile("_{2,}");
  private static final Pattern EDGES = Pattern.compile("^[._-]+|[._-]+$");
  private static final Pattern RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

  private final Set<String> used = new HashSet<>();

  /** A fresh id for {@code base + suffix}; {@code -2}, {@code -3}... are added on a clash. */
  String claim(String base, String suffix) {
    String stem = safe(base);
    String id = stem + suffix;
    for (int n = 2; !used.add(id); n++) {
      id = stem + suffix + "-" + n;
    }
    return id;
  }

  /** {@code name} reduced to lower-case ASCII letters, digits, dots, dashes and underscores. */
  static String safe(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    s = UNSAFE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("_");
    s = UNDERSCORES.matcher(s).replaceAll("_");
    if (s.length() > MAX_LENGTH) {
      s = s.substring(0, MAX_LENGTH);
    }
    s = EDGES.matcher(s).replaceAll("");
    if (s.isEmpty()) {
      return "doc";
    }
    return RESERVED.matcher(s).matches() ? s + "_" : s;
  }
}
