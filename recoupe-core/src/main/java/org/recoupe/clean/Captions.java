package org.recoupe.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds photo captions and their credits: a line ending with a bracketed or "Photo:" credit (and
 * the lines glued to it when the page otherwise separates paragraphs by blank lines), a line
 * repeated right below with a credit appended, a line opening with "Illustration." or "Image
 * caption". The credit part becomes a removal of its own, reason {@code credit}.
 */
final class Captions {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A trailing "[Name/Agency]" or "(Photo: …)" credit. */
  private static final Pattern BRACKET_CREDIT = Pattern.compile(
      "\\s*[\\[(]([^\\[\\]()]{2,100})[\\])]\\s*$");
  private static final Pattern CREDIT_WORDS = Pattern.compile(
      "/|©|\\b(photo|photos|foto|crédit|credit|image|getty|afp|reuters|ap|epa|sputnik|pool|via"
          + "|shutterstock|istock|alamy|dpa|file|archives?)\\b", CI);
  /** A trailing "Photo: X/AFP" or "© X" credit. */
  private static final Pattern LABEL_CREDIT = Pattern.compile(
      "\\s*[-–—|]?\\s*((((crédit )?photo|photograph|image|crédits?|credits?|picture)\\s*:\\s*©?)|©)"
          + "\\s*[^.:;!?]{2,60}$", CI);
  private static final Pattern CAPTION_START = Pattern.compile(
      "^(illustration|photo|image|picture|video|vidéo)\\s*[.:]\\s+\\p{L}|^image (caption|copyright"
          + "|source)\\b|^(caption|légende)\\s*:", CI);
  private static final int CAPTION_WORDS = 40;

  private Captions() {}

  static void mark(List<Line> lines, Marks marks) {
    boolean blankSeparated = blankSeparated(lines);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (!marks.kept(i) || line.words() > CAPTION_WORDS + 20) {
        continue;
      }
      int credit = creditStart(line);
      if (credit > line.start()) {
        marks.remove(i, Reason.CAPTION);
        marks.cutTail(i, credit, Reason.CREDIT);
        if (blankSeparated) {
          markGlued(lines, marks, i);
        }
      } else if (line.words() <= CAPTION_WORDS
          && CAPTION_START.matcher(LineVocabulary.normalise(line.text())).find()) {
        marks.remove(i, Reason.CAPTION);
      }
      repeatedWithCredit(lines, marks, i);
    }
  }

  /** Source offset where a trailing credit of {@code line} starts, or -1. */
  static int creditStart(Line line) {
    String t = line.text();
    Matcher m = BRACKET_CREDIT.matcher(t);
    if (m.find() && CREDIT_WORDS.matcher(m.group(1)).find() && m.start() > 0) {
      return line.start() + m.start();
    }
    Matcher l = LABEL_CREDIT.matcher(t);
    if (l.find() && l.start() > 0 && line.words() <= CAPTION_WORDS) {
      return line.start() + l.start();
    }
    return -1;
  }

  /** Lines without a blank line between them and caption {@code i} belong to the caption. */
  private static void markGlued(List<Line> lines, Marks marks, int i) {
    int from = i;
    while (from > 0 && !lines.get(from).blankBefore() && i - from < 2) {
      from--;
    }
    int to = i;
    while (to + 1 < lines.size() && !lines.get(to + 1).blankBefore() && to - i < 2) {
      to++;
    }
    if (from > 0 && !lines.get(from).blankBefore() || to + 1 < lines.size() && !lines.get(to + 1).blankBefore()) {
      return;
    }
    for (int j = from; j <= to; j++) {
      if (lines.get(j).words() <= CAPTION_WORDS + 20) {
        marks.remove(j, Reason.CAPTION);
      }
    }
  }

  /** "X." followed within two lines by "X. Credit": both are a caption, the addition a credit. */
  private static void repeatedWithCredit(List<Line> lines, Marks marks, int i) {
    Line a = lines.get(i);
    if (a.words() < 2 || a.words() > CAPTION_WORDS) {
      return;
    }
    for (int j = i + 1; j < lines.size() && j <= i + 2; j++) {
      Line b = lines.get(j);
      if (b.text().length() > a.text().length() && b.text().startsWith(a.text())) {
        String extra = b.text().substring(a.text().length());
        int extraWords = Line.of(0, 0, 0, extra, false).words();
        if (Line.isSpace(extra.charAt(0)) && extraWords >= 1 && extraWords <= 4) {
          marks.remove(i, Reason.CAPTION);
          marks.remove(j, Reason.CAPTION);
          int k = a.text().length();
          while (Line.isSpace(b.text().charAt(k))) {
            k++;
          }
          marks.cutTail(j, b.start() + k, Reason.CREDIT);
          return;
        }
      }
    }
  }

  /** Whether most lines of the page stand alone between blank lines. */
  private static boolean blankSeparated(List<Line> lines) {
    int alone = 0;
    for (int i = 0; i < lines.size(); i++) {
      boolean after = i + 1 == lines.size() || lines.get(i + 1).blankBefore();
      if (lines.get(i).blankBefore() && after) {
        alone++;
      }
    }
    return alone * 2 > lines.size();
  }
}
