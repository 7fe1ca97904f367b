package org.recoupe.ingest;

import java.util.Locale;

/**
 * What a file name says about its content: the format (by extension, after a {@code .gz}), whether
 * it is gzip-compressed, and the base name documents are named after.
 *
 * @param format the format its extension names, or null when the extension is not supported
 * @param extension the extension that decided, lower case, such as {@code ".warc"}
 * @param gzip whether the file ends in {@code .gz}
 * @param baseName the file name without {@code .gz} and without the format's extension
 */
record FileType(InputFormat format, String extension, boolean gzip, String baseName) {

  /** The type of a file named {@code fileName}. */
  static FileType of(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean gzip = lower.endsWith(".gz") && lower.length() > 3;
    String stem = gzip ? fileName.substring(0, fileName.length() - 3) : fileName;
    int dot = stem.lastIndexOf('.');
    if (dot <= 0) {
      return new FileType(null, gzip ? ".gz" : "", gzip, stem);
    }
    String ext = stem.substring(dot).toLowerCase(Locale.ROOT);
    return new FileType(InputFormat.byExtension(ext), ext, gzip, stem.substring(0, dot));
  }
}
