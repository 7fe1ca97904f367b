package org.recoupe.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoupe.document.AlignedText;
import org.recoupe.document.Removal;
import org.recoupe.document.Span;

/**
 * Separates an article's main text from the boilerplate of a scraped page given as plain text, one
 * decision per line. In order: lines recognised by their wording ({@link LineVocabulary}: menus,
 * prompts, credits, bylines…), lists introduced by such a line, photo captions ({@link Captions}),
 * promotional runs between paragraphs, readers' comments ({@link Comments}); then the main block ({@link MainBlock}), outside which
 * everything but the headline is removed, and lines repeated inside it (tables of contents). Every
 * removed line is reported as a {@link Removal} with a {@link Reason}. Linear time; thread-safe.
 */
public final class PlainTextCleaner {
  private static final Set<String> LIST_HEADS =
      Set.of(Reason.RECAP, Reason.TEASER, Reason.NAVIGATION, Reason.LEGAL, Reason.SHARE);
  private static final Set<String> PROMOS =
      Set.of(Reason.APP, Reason.NEWSLETTER, Reason.SUBSCRIBER, Reason.COOKIE);
  /** Characters two lines must share at their start to be compared as copies. */
  private static final int COPY_PREFIX = 40;
  /** The most short sentences taken as the article's closing lines after its main block. */
  private static final int CLOSING_LINES = 2;
  /** The fewest words of a closing sentence. */
  private static final int CLOSING_WORDS = 6;
  /** The longest run of short lines taken as one promotion. */
  private static final int PROMO_RUN = 6;
  /** "24matins", "example.com": a one-word name with digits, or a domain name. */
  private static final Pattern SITE_NAME = Pattern.compile(
      "\\S*\\p{L}\\S*\\d\\S*|\\S*\\d\\S*\\p{L}\\S*|(?i)[\\p{L}\\d-]+\\.(com|fr|net|org|info|news|co\\.uk|de|es|it|be|ch)");
  private static final Pattern SITE_SUFFIX =
      Pattern.compile("\\s+(\\||-|–|—|::)\\s+(\\p{Lu}|\\p{N})[^|]{0,40}$");
  private static final Pattern DATE_END = Pattern.compile(
      ",\\s+(le |on |am |el |il )?(\\p{L}+\\s+)?(\\d{1,2}(er)?\\s+\\p{L}{3,}\\.?|\\p{L}{3,}\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?)"
          + "\\s+(19|20)\\d\\d\\s*\\.?$",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** Cleans {@code text}: the kept lines, one paragraph each, separated by a blank line. */
  public CleanText clean(String text) {
    List<Line> lines = Line.split(text);
    Marks marks = new Marks(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String why = LineVocabulary.classify(lines.get(i));
      if (why != null) {
        marks.remove(i, why);
      }
    }
    listsUnderHeads(lines, marks);
    Captions.mark(lines, marks);
    promotionalRuns(lines, marks);
    concatenatedCopies(lines, marks);
    int comments = Comments.start(lines, marks);
    for (int i = comments; i < lines.size(); i++) {
      marks.remove(i, Reason.COMMENTS);
    }
    int[] block = MainBlock.find(lines, marks);
    if (block != null) {
      block[0] = skipLeadCaption(lines, marks, block);
      block[1] = closingSentences(lines, marks, block[1]);
      int headline = headline(lines, marks, block[0]);
      for (int i = 0; i < lines.size(); i++) {
        if (i < block[0] || i > block[1]) {
          marks.remove(i, outside(lines.get(i)));
        }
      }
      if (headline >= 0) {
        keepHeadline(lines, marks, headline);
      }
      repeated(lines, marks, block);
    }
    return build(text, lines, marks);
  }

  /** A line such as "Tl;dr", "Read more" or "Menu" followed by bullets: the bullets go with it. */
  private static void listsUnderHeads(List<Line> lines, Marks marks) {
    for (int i = 0; i < lines.size(); i++) {
      String why = marks.reason(i);
      if (why == null || !LIST_HEADS.contains(why) || lines.get(i).bullet() && i > 0
          && why.equals(marks.reason(i - 1))) {
        continue;
      }
      String listWhy = why.equals(Reason.NAVIGATION) ? Reason.MENU : why;
      int j = i + 1;
      while (j < lines.size() && lines.get(j).bullet()) {
        marks.remove(j, listWhy);
        j++;
      }
    }
  }

  /**
   * A run of a few short lines holding an app, newsletter, paywall or cookie prompt is one promotion: all
   * its lines go, except a last line that heads the paragraph after it.
   */
  private static void promotionalRuns(List<Line> lines, Marks marks) {
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).prose() && marks.kept(i)) {
        i++;
        continue;
      }
      int j = i;
      String promo = null;
      while (j < lines.size() && !(lines.get(j).prose() && marks.kept(j))) {
        if (promo == null && marks.reason(j) != null && PROMOS.contains(marks.reason(j))) {
          promo = marks.reason(j);
        }
        j++;
      }
      if (promo != null && j - i <= PROMO_RUN) {
        int last = j - 1;
        if (j < lines.size() && marks.kept(last) && !lines.get(last).bullet()) {
          last--;
        }
        for (int k = i; k <= last; k++) {
          marks.remove(k, promo);
        }
      }
      i = j;
    }
  }

  /**
   * A prose line that starts like another, separate line of the page and is much longer is the
   * article's text repeated in one piece (a description, structured data): it goes as a recap.
   */
  private static void concatenatedCopies(List<Line> lines, Marks marks) {
    Map<String, Line> byStart = new HashMap<>();
    for (Line l : lines) {
      if (l.text().length() >= COPY_PREFIX) {
        byStart.merge(l.text().substring(0, COPY_PREFIX), l,
            (a, b) -> a.text().length() <= b.text().length() ? a : b);
      }
    }
    for (Line l : lines) {
      if (l.prose() && l.text().length() >= COPY_PREFIX) {
        Line shortest = byStart.get(l.text().substring(0, COPY_PREFIX));
        if (shortest != l && l.text().length() > 2 * shortest.text().length()
            && l.text().startsWith(shortest.text())) {
          marks.remove(l.index(), Reason.RECAP);
        }
      }
    }
  }

  /**
   * A first prose line ending with ", le 19 juin 2024." or ", June 19, 2024." before the article's
   * paragraphs is the caption of the lead photo.
   */
  private static int skipLeadCaption(List<Line> lines, Marks marks, int[] block) {
    int from = block[0];
    Line first = lines.get(from);
    if (from < block[1] && first.words() <= 40 && DATE_END.matcher(first.text()).find()) {
      marks.remove(from, Reason.CAPTION);
      return from + 1;
    }
    return from;
  }

  /**
   * The last line of the article: the main block's last line, or up to {@link #CLOSING_LINES}
   * short sentences right after it ("Selon la mairie, le chantier a duré quatre ans."), which are
   * too short to count as prose but read as the article's closing paragraph: a full sentence
   * in lower case that no vocabulary rule classified.
   */
  private static int closingSentences(List<Line> lines, Marks marks, int last) {
    int end = last;
    while (end + 1 < lines.size() && end - last < CLOSING_LINES && isClosingSentence(lines.get(end + 1), marks)) {
      end++;
    }
    return end;
  }

  private static boolean isClosingSentence(Line l, Marks marks) {
    return marks.kept(l.index()) && !l.bullet() && l.terminal() && !l.truncated()
        && l.words() >= CLOSING_WORDS && l.lowerWords() * 2 > l.words() && l.leadCapitals() < 2
        && !l.text().endsWith(":");
  }

  /** The nearest headline-like line above the main block, or -1. */
  private static int headline(List<Line> lines, Marks marks, int from) {
    for (int i = from - 1; i >= 0 && i >= from - 20; i--) {
      Line l = lines.get(i);
      if (marks.kept(i) && isHeadline(l)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isHeadline(Line l) {
    String t = l.text();
    char last = t.charAt(t.length() - 1);
    return !l.bullet() && l.words() >= 3 && l.words() <= 30 && t.length() >= 15 && last != '.'
        && last != ':' && last != ',';
  }

  private static void keepHeadline(List<Line> lines, Marks marks, int h) {
    marks.keep(h);
    Line line = lines.get(h);
    Matcher m = SITE_SUFFIX.matcher(line.text());
    if (m.find() && (m.group(1).equals("|") || Line.of(0, 0, 0, m.group(), false).words() <= 3)) {
      marks.cutTail(h, line.start() + m.start(), Reason.SITE_NAME);
    }
    if (h > 0 && Reason.NAVIGATION.equals(marks.reason(h - 1)) && isHeadline(lines.get(h - 1))
        && LineVocabulary.classify(lines.get(h - 1)) == null && !lines.get(h).blankBefore()) {
      marks.keep(h - 1);
    }
  }

  /** Why a line outside the main block is removed, when its wording said nothing. */
  private static String outside(Line line) {
    if (line.bullet()) {
      return Reason.MENU;
    }
    if (line.words() <= 5 && (line.text().contains(" | ") || SITE_NAME.matcher(line.text()).matches())) {
      return Reason.SITE_NAME;
    }
    return line.prose() ? Reason.TEASER : Reason.NAVIGATION;
  }

  /**
   * A short line of the main block that occurs again elsewhere on the page is kept only where it
   * heads a paragraph on its own; its other occurrences, and runs of such lines (a table of contents
   * repeating the section headings), go.
   */
  private static void repeated(List<Line> lines, Marks marks, int[] block) {
    Map<String, Integer> counts = new HashMap<>();
    for (Line l : lines) {
      if (!l.prose()) {
        counts.merge(l.key(), 1, Integer::sum);
      }
    }
    boolean[] rep = new boolean[lines.size()];
    for (int i = block[0]; i <= block[1]; i++) {
      Line l = lines.get(i);
      rep[i] = marks.kept(i) && !l.prose() && !l.key().isEmpty() && counts.get(l.key()) > 1;
    }
    for (int i = block[0]; i <= block[1]; i++) {
      if (!rep[i]) {
        continue;
      }
      Line l = lines.get(i);
      boolean inRun = i > block[0] && rep[i - 1] || i < block[1] && rep[i + 1];
      boolean heads = i + 1 < lines.size() && lines.get(i + 1).prose() && !l.bullet();
      if (inRun || !heads) {
        marks.remove(i, l.bullet() || inRun ? Reason.RECAP : Reason.NAVIGATION);
      }
    }
  }

  private static CleanText build(String text, List<Line> lines, Marks marks) {
    AlignedText.Builder out = AlignedText.builder(text);
    List<Span> paragraphs = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      int cut = marks.tailStart(i) > 0 ? marks.tailStart(i) : l.end();
      int keepEnd = cut;
      while (keepEnd > l.start() && Line.isSpace(text.charAt(keepEnd - 1))) {
        keepEnd--;
      }
      if (marks.kept(i)) {
        if (out.length() > 0) {
          out.insert("\n\n");
        }
        int start = out.length();
        out.copy(l.start(), keepEnd);
        paragraphs.add(new Span(start, out.length()));
      } else if (keepEnd > l.start()) {
        removed.add(removal(text, l.start(), keepEnd, marks.reason(i)));
      }
      if (cut < l.end()) {
        removed.add(removal(text, cut, l.end(), marks.tailReason(i)));
      }
    }
    return new CleanText(out.build(), paragraphs, removed);
  }

  private static Removal removal(String text, int start, int end, String reason) {
    return new Removal(new Span(start, end), reason, Line.squash(text.substring(start, end)));
  }
}
