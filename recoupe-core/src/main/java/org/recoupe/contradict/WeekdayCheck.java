package org.recoupe.contradict;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * Different days of the week: "mardi" against "jeudi", or a named weekday against a dated day
 * that falls on another one ("mercredi" against "19 juin 2025", a Thursday; the year may come
 * from the publication date). A side naming several days ("dans la nuit de mardi à mercredi")
 * agrees with any of them ("mercredi avant l'aube").
 */
public final class WeekdayCheck extends DirectedCheck {

  @Override
  List<Conflict> oneWay(Pair pair) {
    List<Calendar.Weekday> named = Calendar.weekdays(pair.left());
    if (named.isEmpty()) {
      return List.of();
    }
    List<Conflict> out = new ArrayList<>();
    List<Calendar.Weekday> other = Calendar.weekdays(pair.right());
    if (!other.isEmpty()) {
      if (other.stream().noneMatch(o -> named.stream().anyMatch(n -> n.day() == o.day()))) {
        out.add(Conflict.of(ConflictType.WEEKDAY, pair, named.get(0).span(), other.get(0).span()));
      }
      return out;
    }
    Calendar.Dated firstDated = null;
    for (Calendar.Dated d : Calendar.dates(pair.right())) {
      DayOfWeek day = Calendar.weekdayOf(d, pair.right().passage().published());
      if (day != null && named.stream().anyMatch(n -> n.day() == day)) {
        return out;
      }
      firstDated = day != null && firstDated == null ? d : firstDated;
    }
    if (firstDated != null) {
      out.add(Conflict.of(ConflictType.WEEKDAY, pair, named.get(0).span(), firstDated.span()));
    }
    return out;
  }
}
