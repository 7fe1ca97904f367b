package org.recoupe.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.document.Token;

/**
 * Segments the demo corpus and the RPM2 press corpus (read from {@code ../shared}) and checks
 * general properties.
 */
class SegmentationSeedsTest {
  private static final Set<String> TITLES =
      Set.of("M.", "MM.", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "St.");
  private static final Pattern SPACED_NUMBER =
      Pattern.compile("(?<!\\d)(?<!\\d\\p{Zs})\\d{1,3}(?:\\p{Zs}\\d{3})+(?!\\d)");

  @Test
  void seedsSegmentCleanly() throws IOException {
    check(textFiles("seeds"));
  }

  @Test
  void pressCorpusSegmentsCleanly() throws IOException {
    check(textFiles("eval/rpm2-french-mds/Corpus_RPM2_documents"));
  }

  private static void check(List<Path> seeds) throws IOException {
    assertFalse(seeds.isEmpty(), "no text files found");
    int numbers = 0;
    for (Path seed : seeds) {
      String text = paragraphs(Files.readString(seed, StandardCharsets.UTF_8));
      Document done = new Segmentation().apply(SegmentationTest.document(text, null));
      assertEquals(CoreNlpLanguage.FRENCH, Segmentation.language(Metadata.EMPTY, text), seed.toString());
      SegmentationInvariants.check(done);
      List<Sentence> sentences = done.get(Keys.SENTENCES);
      for (Sentence s : sentences) {
        Token last = s.tokens().get(s.tokens().size() - 1);
        assertFalse(TITLES.contains(last.text()), seed + ": sentence ends on a title: " + s.span().of(text));
      }
      Matcher m = SPACED_NUMBER.matcher(text);
      while (m.find()) {
        Span number = new Span(m.start(), m.end());
        assertTrue(sentences.stream().flatMap(s -> s.tokens().stream())
            .anyMatch(t -> t.span().contains(number)),
            seed + ": '" + m.group() + "' is not in one token");
        numbers++;
      }
    }
    assertTrue(numbers > 0, "no spaced number: the check above checked nothing");
  }

  private static List<Path> textFiles(String folder) throws IOException {
    Path dir = Path.of(System.getProperty("recoupe.shared")).resolve(folder);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
  }

  /** One paragraph per non-blank line, separated by a blank line. */
  private static String paragraphs(String raw) {
    return raw.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n\n"));
  }
}
