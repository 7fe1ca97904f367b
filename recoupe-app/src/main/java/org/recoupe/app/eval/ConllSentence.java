package org.recoupe.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a CoNLL-style NER file: {@code index<TAB>token<TAB>IOB2-tag} lines, a blank line
 * after each sentence (the WikiNEuRal layout).
 *
 * @param words the gold tokens
 * @param tags their IOB2 tags
 */
record ConllSentence(List<String> words, List<String> tags) {

  /** Reads at most {@code limit} sentences ({@code limit <= 0}: all). */
  static List<ConllSentence> read(Path file, int limit) throws IOException {
    List<ConllSentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null && (limit <= 0 || out.size() < limit)) {
        if (line.isBlank()) {
          if (!words.isEmpty()) {
            out.add(new ConllSentence(List.copyOf(words), List.copyOf(tags)));
            words.clear();
            tags.clear();
          }
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < 3) {
          throw new IOException(file + ": expected index, token, tag in line '" + line + "'");
        }
        words.add(cols[1]);
        tags.add(cols[2]);
      }
    }
    if (!words.isEmpty() && (limit <= 0 || out.size() < limit)) {
      out.add(new ConllSentence(List.copyOf(words), List.copyOf(tags)));
    }
    return out;
  }
}
