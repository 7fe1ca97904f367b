package org.recoupe.meta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.recoupe.document.Metadata;
import org.recoupe.document.Published;

/**
 * Reads the metadata a page writes out in words: headline, byline ("Par ...", "By ..."), date line
 * ("publié le ..."), credit line ("Le Monde avec AFP", "(AFP)") and site name. Only the head, the
 * tail and the lines cleaning marked are read, so that names and agencies cited in the body are
 * never taken for its authors or sources.
 */
final class TextMetadata {
  private static final Pattern COPYRIGHT =
      Pattern.compile("©|\\(c\\)|copyright|droits reserves|rights reserved|tous droits", Pattern.CASE_INSENSITIVE);
  private static final int SITE_NAME_MAX = 40;
  /** A line saying "publié le ..." longer than this is a sentence of the story, not a date line. */
  private static final int CUED_MAX = 160;

  private TextMetadata() {}

  /** The metadata stated in {@code page}; url and language are left unknown. */
  static Metadata read(PageLines page) {
    List<String> scanned = new ArrayList<>(page.head());
    scanned.addAll(page.marked());
    scanned.addAll(page.tail());

    List<String> authors = new ArrayList<>();
    List<String> agencies = new ArrayList<>();
    String outlet = null;
    Set<String> skip = new HashSet<>();
    for (String line : scanned) {
      Bylines.Byline byline = Bylines.read(line);
      if (byline != null) {
        skip.add(Fold.squeeze(line));
        if (authors.isEmpty()) {
          authors.addAll(byline.authors());
        }
        addAll(agencies, byline.agencies());
        outlet = outlet == null ? byline.outlet() : outlet;
        continue;
      }
      WireAgencies.Credit credit = WireAgencies.credit(line, page.head().contains(line));
      if (credit != null) {
        skip.add(Fold.squeeze(line));
        addAll(agencies, credit.agencies());
        outlet = outlet == null ? credit.outlet() : outlet;
      }
    }
    String siteName = siteName(page);
    if (siteName != null) {
      skip.add(siteName);
    }
    String title = page.markedTitle() != null ? Fold.squeeze(page.markedTitle()) : Headlines.find(page.head(), skip);
    return new Metadata(title, outlet != null ? outlet : siteName, null, authors, agencies, published(scanned), null);
  }

  /** The first publication date written on a date line or byline (an update date only if no other). */
  static Published published(List<String> lines) {
    Published update = null;
    for (String line : lines) {
      boolean cued = line.length() <= CUED_MAX && !Headlines.isBody(line) && TextDates.hasCue(line);
      if (!(cued || Bylines.read(line) != null || TextDates.isDateLine(line))) {
        continue;
      }
      for (TextDates.Hit hit : TextDates.find(line)) {
        if (!hit.update()) {
          return hit.published();
        }
        update = update == null ? hit.published() : update;
      }
    }
    return update;
  }

  /**
   * A short line at the top of the page that the copyright line at the bottom names again
   * ("24matins" ... "© 2025 ... du site 24matins"): the site's name.
   */
  static String siteName(PageLines page) {
    List<String> notices = new ArrayList<>();
    for (String line : page.tail()) {
      if (COPYRIGHT.matcher(Fold.fold(line)).find()) {
        notices.add(Fold.fold(line));
      }
    }
    if (notices.isEmpty()) {
      return null;
    }
    for (String raw : page.head()) {
      String line = Fold.squeeze(raw);
      if (Headlines.isBody(line)) {
        break;
      }
      if (line.isEmpty() || line.length() > SITE_NAME_MAX || line.endsWith(":") || line.split(" ").length > 4) {
        continue;
      }
      Pattern name = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(Fold.fold(line)) + "(?![\\p{L}\\p{N}])");
      for (String notice : notices) {
        if (name.matcher(notice).find() && !COPYRIGHT.matcher(Fold.fold(line)).find()) {
          return line;
        }
      }
    }
    return null;
  }

  private static void addAll(List<String> to, List<String> values) {
    for (String v : values) {
      if (!to.contains(v)) {
        to.add(v);
      }
    }
  }
}
