package org.recoupe.app.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the public evaluation data ({@code ../shared/eval}) from an option or the usual places. */
public final class SharedData {
  private SharedData() {}

  /**
   * The folder {@code sub} under the eval data: {@code given} if set, else {@code
   * $RECOUPE_SHARED/eval/sub}, the {@code recoupe.shared} system property, or {@code ../shared}.
   */
  public static Path evalDir(Path given, String sub) {
    if (given != null) {
      return given;
    }
    Path dir = sharedDir().resolve("eval").resolve(sub);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "evaluation data not found at " + dir.toAbsolutePath().normalize()
              + " (give its folder with --data, or set RECOUPE_SHARED)");
    }
    return dir;
  }

  /** The shared folder: {@code $RECOUPE_SHARED}, the {@code recoupe.shared} property, or {@code ../shared}. */
  public static Path sharedDir() {
    String prop = System.getProperty("recoupe.shared");
    String env = System.getenv("RECOUPE_SHARED");
    return Path.of(env != null ? env : prop != null ? prop : "../shared");
  }
}
