package org.recoupe.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads files and folders (recursively, in name order) into documents, one at a time: plain text,
 * HTML, JSON Lines, WARC, RSS and Atom feeds, each possibly gzip-compressed. The reader is chosen
 * by extension (after {@code .gz}) and, for {@code .xml}, by the root element.
 *
 * <p>Every file or record that cannot be read becomes a {@link Problem} naming the file, the place
 * in it and the reason; the others go on. Hidden files and folders (names starting with a dot) met
 * inside a folder are passed over silently; symbolic links are followed, and a link leading back
 * to a folder being read is reported as a loop.
 */
public final class Ingestor {
  private final IngestOptions options;

  /** An ingestor with the given limits. */
  public Ingestor(IngestOptions options) {
    this.options = options;
  }

  /** Reads every path (file or folder) and reports each document and problem to {@code sink}. */
  public void ingest(List<Path> roots, IngestSink sink) {
    DocumentIds ids = new DocumentIds();
    for (Path root : roots) {
      visit(root, new HashSet<>(), ids, sink);
    }
  }

  private void visit(Path path, Set<Path> ancestors, DocumentIds ids, IngestSink sink) {
    String name = path.toString();
    if (!Files.exists(path)) {
      sink.reject(new Problem(name, null, Files.isSymbolicLink(path) ? brokenLink(path) : "no such file or folder"));
    } else if (Files.isDirectory(path)) {
      visitFolder(path, ancestors, ids, sink);
    } else if (Files.isRegularFile(path)) {
      readFile(path, ids, sink);
    } else {
      sink.reject(new Problem(name, null, "not a regular file (device, pipe or socket)"));
    }
  }

  private void visitFolder(Path folder, Set<Path> ancestors, DocumentIds ids, IngestSink sink) {
    List<Path> children = new ArrayList<>();
    Path real;
    try {
      real = folder.toRealPath();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        entries.forEach(children::add);
      }
    } catch (IOException | RuntimeException e) {
      String reason = e instanceof AccessDeniedException ? "permission denied" : IoReasons.message(e);
      sink.reject(new Problem(folder.toString(), null, "cannot list folder: " + reason));
      return;
    }
    if (!ancestors.add(real)) {
      sink.reject(new Problem(folder.toString(), null, "symbolic link loop: leads back to " + real + ", skipped"));
      return;
    }
    children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path child : children) {
      if (!child.getFileName().toString().startsWith(".")) {
        visit(child, ancestors, ids, sink);
      }
    }
    ancestors.remove(real);
  }

  private void readFile(Path path, DocumentIds ids, IngestSink sink) {
    FileType type = FileType.of(path.getFileName().toString());
    InputFile file = new InputFile(path, type, options.maxFileBytes(), ids);
    if (type.format() == null) {
      sink.reject(file.problem(null, "unsupported file type"
          + (type.extension().isEmpty() ? " (no extension)" : " '" + type.extension() + "'")
          + "; supported: " + InputFormat.supported()));
      return;
    }
    try {
      String reason = check(path, file, type);
      if (reason != null) {
        sink.reject(file.problem(null, reason));
        return;
      }
      FormatReader reader = readerFor(file, type);
      if (reader != null) {
        reader.read(file, sink);
      } else {
        String root = xmlRoot(file.head(ContentSniffer.HEAD));
        sink.reject(file.problem(null, "XML that is neither an RSS/Atom feed nor an XHTML page (root element: "
            + (root == null ? "none" : "<" + root + ">") + ")"));
      }
    } catch (IOException e) {
      sink.reject(file.problem(null, IoReasons.of(e, type.gzip())));
    } catch (RuntimeException e) {
      sink.reject(file.problem(null, "internal error while reading: " + e));
    }
  }

  /** Why the file cannot be read at all (permissions, empty, too large, corrupt gzip, binary), or null. */
  private String check(Path path, InputFile file, FileType type) throws IOException {
    if (!Files.isReadable(path)) {
      return "permission denied (cannot read the file)";
    }
    long size = Files.size(path);
    if (size == 0) {
      return "empty file";
    }
    if (size > options.maxFileBytes()) {
      return "file is " + size + " bytes, over the cap of " + options.maxFileBytes() + " bytes";
    }
    if (type.gzip() && file.drain() == 0) {
      return "empty file (after decompression)";
    }
    if (type.format() == InputFormat.WARC) {
      return null;
    }
    return ContentSniffer.binaryReason(file.head(ContentSniffer.HEAD));
  }

  private static FormatReader readerFor(InputFile file, FileType type) throws IOException {
    return switch (type.format()) {
      case TEXT -> new TextFileReader();
      case HTML -> new HtmlFileReader();
      case JSONL -> new JsonLinesReader();
      case WARC -> new WarcFileReader();
      case FEED -> new FeedReader();
      case XML -> sniffXml(file.head(ContentSniffer.HEAD));
    };
  }

  /** A feed or an XHTML page, by root element; null for any other XML. */
  private static FormatReader sniffXml(byte[] head) {
    String root = xmlRoot(head);
    if (ContentSniffer.isFeedRoot(root)) {
      return new FeedReader();
    }
    return root != null && root.toLowerCase(Locale.ROOT).equals("html") ? new HtmlFileReader() : null;
  }

  private static String xmlRoot(byte[] head) {
    return ContentSniffer.rootElement(TextDecoder.decode(head, DeclaredCharset.inXml(head)).text());
  }

  private static String brokenLink(Path link) {
    try {
      link.toRealPath();
      return "symbolic link to nothing";
    } catch (FileSystemException e) {
      String why = e.getReason();
      return why != null && why.toLowerCase(Locale.ROOT).contains("levels of symbolic links")
          ? "symbolic link loop (the link leads back to itself)"
          : "broken symbolic link (its target does not exist)";
    } catch (IOException e) {
      return "broken symbolic link: " + IoReasons.message(e);
    }
  }
}
