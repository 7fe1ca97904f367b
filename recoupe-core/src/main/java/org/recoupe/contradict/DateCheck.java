package org.recoupe.contradict;

import java.util.ArrayList;
import java.util.List;

/**
 * Different days or years for the fact: "mercredi 18 juin" against "19 juin", "en 2016" against
 * "en 2022". A day inside a stated run of days agrees with it ("entre le 1er et le 5 mars" and
 * "le 3 mars"); years are compared only when each side gives exactly one. The two dates must
 * qualify the same thing: a content word within five words of each (the verb or event dated).
 */
public final class DateCheck implements Check {
  private static final int WINDOW = 5;

  @Override
  public List<Conflict> conflicts(Pair pair) {
    List<Conflict> out = new ArrayList<>();
    List<Calendar.Dated> left = Calendar.dates(pair.left());
    List<Calendar.Dated> right = Calendar.dates(pair.right());
    if (!left.isEmpty() && !right.isEmpty()
        && left.stream().noneMatch(l -> right.stream().anyMatch(l::overlaps))) {
      for (Calendar.Dated l : left) {
        for (Calendar.Dated r : right) {
          if (pair.near(l.span(), r.span(), WINDOW)) {
            out.add(Conflict.of(ConflictType.DATE, pair, l.span(), r.span()));
            return out;
          }
        }
      }
      return out;
    }
    List<Calendar.Year> ly = Calendar.years(pair.left());
    List<Calendar.Year> ry = Calendar.years(pair.right());
    if (distinct(ly) == 1 && distinct(ry) == 1 && ly.get(0).year() != ry.get(0).year()
        && pair.near(ly.get(0).span(), ry.get(0).span(), WINDOW)) {
      out.add(Conflict.of(ConflictType.DATE, pair, ly.get(0).span(), ry.get(0).span()));
    }
    return out;
  }

  private static long distinct(List<Calendar.Year> years) {
    return years.stream().mapToInt(Calendar.Year::year).distinct().count();
  }
}
