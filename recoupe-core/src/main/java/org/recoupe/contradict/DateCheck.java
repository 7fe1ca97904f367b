package org.recoupe.contradict;

import java.util.ArrayList;
import java.util.List;

/**
 * Different days or years for the fact: "mercredi 18 juin" against "19 juin", "en 2016" against
 * "en 2022". A day inside a stated run of days agrees with it ("entre le 1er et le 5 mars" and
 * "le 3 mars"); years are compared only when each side gives exactly one.
 */
public final class DateCheck implements Check {

  @Override
  public List<Conflict> conflicts(Pair pair) {
    List<Conflict> out = new ArrayList<>();
    List<Calendar.Dated> left = Calendar.dates(pair.left());
    List<Calendar.Dated> right = Calendar.dates(pair.right());
    if (!left.isEmpty() && !right.isEmpty()
        && left.stream().noneMatch(l -> right.stream().anyMatch(l::overlaps))) {
      out.add(Conflict.of(ConflictType.DATE, pair, left.get(0).span(), right.get(0).span()));
      return out;
    }
    List<Calendar.Year> ly = Calendar.years(pair.left());
    List<Calendar.Year> ry = Calendar.years(pair.right());
    if (distinct(ly) == 1 && distinct(ry) == 1 && ly.get(0).year() != ry.get(0).year()) {
      out.add(Conflict.of(ConflictType.DATE, pair, ly.get(0).span(), ry.get(0).span()));
    }
    return out;
  }

  private static long distinct(List<Calendar.Year> years) {
    return years.stream().mapToInt(Calendar.Year::year).distinct().count();
  }
}
