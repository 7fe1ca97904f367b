package org.recoupe.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Published;
import org.recoupe.document.Span;

/** Builds documents for story tests: one paragraph per non-blank line, as the cleaning stage does. */
final class TestArticles {
  private TestArticles() {}

  static Document document(String id, String raw, Metadata meta) {
    StringBuilder text = new StringBuilder();
    List<Span> paragraphs = new ArrayList<>();
    for (String line : raw.split("\n")) {
      String p = line.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      paragraphs.add(new Span(text.length(), text.length() + p.length()));
      text.append(p);
    }
    return Document.create(id).with(Keys.TEXT, text.toString()).with(Keys.PARAGRAPHS, List.copyOf(paragraphs))
        .with(Keys.METADATA, meta);
  }

  static Metadata published(LocalDate date, String language) {
    return Metadata.EMPTY.withPublished(new Published(date, null, null, "test")).withLanguage(language);
  }

  static Path shared(String... parts) {
    return Path.of(System.getProperty("recoupe.shared", "../../shared"), parts);
  }

  /** The five seed articles, read from ../shared/seeds at test time. */
  static List<Document> seeds(Metadata meta) {
    List<Document> out = new ArrayList<>();
    try (var files = Files.list(shared("seeds"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = f.getFileName().toString().substring(0, 3);
        out.add(document("seed" + id, Files.readString(f, StandardCharsets.UTF_8), meta));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
