package org.recoupe.time;

import java.util.Map;

/** Cardinal numbers written in digits or in French or English words, up to the thousands. */
final class Numbers {
  private Numbers() {}

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
      Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
      Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11),
      Map.entry("douze", 12), Map.entry("treize", 13), Map.entry("quatorze", 14),
      Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20),
      Map.entry("vingts", 20), Map.entry("trente", 30), Map.entry("quarante", 40),
      Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("cent", 100),
      Map.entry("cents", 100), Map.entry("mille", 1000),
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
      Map.entry("thousand", 1000), Map.entry("dozen", 12));

  /** French number words, longest first, for use in a regular expression. */
  static final String FRENCH_ATOMS =
      "quatorze|quarante|cinquante|soixante|vingts|vingt|trente|treize|quinze|quatre|douze|seize"
          + "|deux|trois|cinq|sept|huit|neuf|onze|dix|six|cents|cent|mille|une|un";

  /** English number words, longest first. */
  static final String ENGLISH_ATOMS =
      "seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|thousand|hundred|seventy"
          + "|twenty|thirty|eleven|twelve|eighty|ninety|forty|fifty|sixty|three|seven|eight|dozen"
          + "|four|five|nine|one|two|six|ten";

  /** A French number in words: "dix-huit", "vingt et un", "quatre-vingt-dix". */
  static final String FRENCH = "(?:(?:" + FRENCH_ATOMS + ")(?:(?:-| )(?:et(?:-| ))?(?:"
      + FRENCH_ATOMS + "))*)";

  /** An English number in words: "twenty-one", "a hundred". */
  static final String ENGLISH = "(?:(?:" + ENGLISH_ATOMS + ")(?:(?:-| )(?:and )?(?:"
      + ENGLISH_ATOMS + "))*)";

  /** A number in digits: "3", "30,4", "1.5", "11 000". */
  static final String DIGITS = "(?:\\d{1,3}(?: \\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?)";

  /**
   * The value of {@code text} (digits or words), or {@code null} if it is not a number. Decimals
   * are returned as a double; words as whole numbers.
   */
  static Double parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    if (Character.isDigit(t.charAt(0))) {
      try {
        return Double.parseDouble(t.replace(" ", "").replace(',', '.'));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    int total = 0;
    int current = 0;
    String previous = "";
    for (String w : t.split("[- ]+")) {
      if (w.equals("et") || w.equals("and")) {
        continue;
      }
      Integer v = WORDS.get(w);
      if (v == null) {
        return null;
      }
      if (v == 100) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (v == 1000) {
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
      } else if (v == 20 && previous.equals("quatre")) {
        current = current - 4 + 80;
      } else if (v == 12 && w.equals("dozen")) {
        current = (current == 0 ? 1 : current) * 12;
      } else {
        current += v;
      }
      previous = w;
    }
    return (double) (total + current);
  }
}
