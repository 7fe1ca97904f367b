package org.recoupe.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.recoupe.document.Document;
import org.recoupe.document.Format;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.SourceRef;

/**
 * Reads files and folders (recursively, in name order) into documents. Every file that cannot be
 * read becomes a {@link Problem}; the others go on.
 */
public final class Ingestor {
  private final IngestOptions options;

  /** An ingestor with the given limits. */
  public Ingestor(IngestOptions options) {
    this.options = options;
  }

  /** Reads every path (file or folder) and reports to {@code sink}. */
  public void ingest(List<Path> roots, IngestSink sink) {
    for (Path root : roots) {
      for (Path file : files(root, sink)) {
        readFile(file, sink);
      }
    }
  }

  private List<Path> files(Path root, IngestSink sink) {
    if (!Files.exists(root)) {
      sink.reject(new Problem(root.toString(), null, "no such file or folder"));
      return List.of();
    }
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> out = new ArrayList<>();
      walk.filter(Files::isRegularFile).sorted().forEach(out::add);
      return out;
    } catch (IOException | RuntimeException e) {
      sink.reject(new Problem(root.toString(), null, "cannot list folder: " + e.getMessage()));
      return List.of();
    }
  }

  private void readFile(Path file, IngestSink sink) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > options.maxFileBytes()) {
        sink.reject(new Problem(name, null, "file is " + size + " bytes, over the cap of " + options.maxFileBytes()));
        return;
      }
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      if (text.isBlank()) {
        sink.reject(new Problem(name, null, "empty file"));
        return;
      }
      Document doc =
          Document.create(idOf(file))
              .with(Keys.SOURCE, new SourceRef(name, null, Format.TEXT))
              .with(Keys.ORIGINAL, text)
              .with(Keys.HINTS, Metadata.EMPTY);
      sink.accept(doc);
    } catch (IOException e) {
      sink.reject(new Problem(name, null, "cannot read: " + e.getMessage()));
    }
  }

  private static String idOf(Path file) {
    String base = file.getFileName().toString();
    int dot = base.indexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    return base.replaceAll("[^A-Za-z0-9_.-]", "_").toLowerCase(Locale.ROOT);
  }
}
