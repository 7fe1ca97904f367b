package org.recoupe.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the outlet that published a page from its address: a small curated table of major French
 * and English outlets ({@code outlets.tsv}: lemonde.fr → Le Monde), and for any other site a name
 * made from the host ("24matins.fr" → "24matins").
 */
final class Outlets {
  private static final Map<String, String> BY_HOST = load();
  private static final Set<String> NAMES = foldedNames();
  /** Second-level suffixes under which the registrable name is one label further left. */
  private static final Set<String> SECOND_LEVEL = Set.of(
      "co.uk", "org.uk", "ac.uk", "com.au", "net.au", "co.jp", "co.nz", "com.br", "co.za", "com.tn", "gouv.fr",
      "asso.fr", "com.mx", "com.ar", "co.in", "qc.ca", "go.com", "blogspot.com");

  private Outlets() {}

  /** The curated outlet name for {@code url}'s host or one of its parent domains, or null. */
  static String curated(String url) {
    String host = host(url);
    while (host != null) {
      String name = BY_HOST.get(host);
      if (name != null) {
        return name;
      }
      int dot = host.indexOf('.');
      host = dot < 0 || host.indexOf('.', dot + 1) < 0 ? null : host.substring(dot + 1);
    }
    return null;
  }

  /** A name made from {@code url}'s registrable domain ("www.24matins.fr" → "24matins"), or null. */
  static String fromHost(String url) {
    String host = host(url);
    if (host == null) {
      return null;
    }
    String[] labels = host.split("\\.");
    if (labels.length < 2) {
      return null;
    }
    int i = labels.length - 2;
    if (labels.length >= 3 && SECOND_LEVEL.contains(labels[i] + "." + labels[i + 1])) {
      i--;
    }
    String label = labels[i];
    return label.isEmpty() ? null : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
  }

  /** Whether {@code name} is the name of a curated outlet. */
  static boolean isKnownName(String name) {
    return NAMES.contains(Fold.fold(name.trim()));
  }

  /** The lowercase host of {@code url} without "www." or "m.", or null if it has none. */
  static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.trim();
    if (!u.contains("://")) {
      u = "http://" + u;
    }
    try {
      String host = new URI(u.replace(" ", "%20")).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      for (String prefix : new String[] {"www.", "m.", "amp.", "mobile."}) {
        if (host.startsWith(prefix)) {
          host = host.substring(prefix.length());
        }
      }
      return host;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = Outlets.class.getResourceAsStream("outlets.tsv")) {
      if (in == null) {
        throw new IllegalStateException("outlets.tsv is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        map.put(cols[0].trim(), cols[1].trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }

  private static Set<String> foldedNames() {
    Set<String> out = new HashSet<>();
    for (String name : BY_HOST.values()) {
      out.add(Fold.fold(name));
    }
    return Set.copyOf(out);
  }
}
