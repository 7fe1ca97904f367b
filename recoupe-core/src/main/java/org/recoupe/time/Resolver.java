package org.recoupe.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Resolves the relative parts of one expression: the anchor (publication date or inferred), the
 * tense of the nearest verb, and the reference day (the last day named before, for "le
 * lendemain" or "à 16 h"). Records whether the anchor was needed, so the expression can say so.
 */
final class Resolver {
  /** Which occurrence a relative word asks for. */
  enum Rel {
    /** "dernier", "last": the latest one strictly before the anchor. */
    LAST,
    /** "prochain", "next": the first one strictly after the anchor. */
    NEXT,
    /** "précédent", "the previous": before the reference day. */
    PREVIOUS,
    /** "suivant", "the following": after the reference day. */
    FOLLOWING,
    /** "ce", "this", "en cours": the one holding the anchor. */
    THIS,
    /** No relative word: the tense decides. */
    NONE
  }

  final String text;
  final int start;
  final int end;
  private final Anchor anchor;
  private final Tense tense;
  private final LocalDate ref;
  boolean usedAnchor;
  boolean missingAnchor;

  Resolver(String text, int start, int end, Anchor anchor, Tense tense, LocalDate ref) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.anchor = anchor;
    this.tense = tense;
    this.ref = ref;
  }

  Tense tense() {
    return tense;
  }

  /** The anchor day, or {@code null} (and noted as missing) when none is known. */
  LocalDate anchor() {
    if (anchor == null) {
      missingAnchor = true;
      return null;
    }
    usedAnchor = true;
    return anchor.date();
  }

  /** The last day named before the expression, else the anchor. */
  LocalDate ref() {
    return ref != null ? ref : anchor();
  }

  /** The day a weekday refers to, or {@code null} without an anchor. */
  LocalDate weekday(DayOfWeek dow, Rel rel) {
    LocalDate base = rel == Rel.PREVIOUS || rel == Rel.FOLLOWING ? ref() : anchor();
    if (base == null) {
      return null;
    }
    int diff = dow.getValue() - base.getDayOfWeek().getValue();
    LocalDate onOrBefore = base.minusDays(diff > 0 ? 7 - diff : -diff);
    LocalDate onOrAfter = base.plusDays(diff < 0 ? 7 + diff : diff);
    switch (rel) {
      case LAST, PREVIOUS:
        return onOrBefore.equals(base) ? base.minusDays(7) : onOrBefore;
      case NEXT, FOLLOWING:
        return onOrAfter.equals(base) ? base.plusDays(7) : onOrAfter;
      default:
        break;
    }
    if (tense == Tense.FUTURE) {
      return onOrAfter;
    }
    if (tense == Tense.PAST) {
      return onOrBefore;
    }
    return base.toEpochDay() - onOrBefore.toEpochDay() <= onOrAfter.toEpochDay() - base.toEpochDay()
        ? onOrBefore : onOrAfter;
  }

  /** The year of a day and month given without one, or {@code null} without an anchor. */
  Integer yearOf(int month, int day, Rel rel) {
    return yearOf(month, day, rel, null);
  }

  /**
   * The year of a day and month given without one: the candidate year nearest the anchor, dates
   * on the wrong side of it for the tense counting four times their distance; a named weekday that
   * matches only one candidate decides.
   */
  Integer yearOf(int month, int day, Rel rel, DayOfWeek weekday) {
    LocalDate base = anchor();
    if (base == null) {
      return null;
    }
    Integer best = null;
    long bestDistance = Long.MAX_VALUE;
    Integer matching = null;
    int matches = 0;
    for (int y = base.getYear() - 1; y <= base.getYear() + 1; y++) {
      LocalDate d;
      try {
        d = LocalDate.of(y, month, day);
      } catch (java.time.DateTimeException e) {
        continue;
      }
      long delta = d.toEpochDay() - base.toEpochDay();
      boolean allowed = switch (rel) {
        case LAST, PREVIOUS -> delta < 0;
        case NEXT, FOLLOWING -> delta > 0;
        default -> true;
      };
      long distance = Math.abs(delta);
      if (rel == Rel.NONE && (tense == Tense.PAST && delta > 1 || tense == Tense.FUTURE && delta < -1)) {
        distance *= 4;
      }
      if (allowed && distance < bestDistance) {
        bestDistance = distance;
        best = y;
      }
      if (allowed && weekday != null && d.getDayOfWeek() == weekday) {
        matching = y;
        matches++;
      }
    }
    return matches == 1 && bestDistance > 90 ? matching : best;
  }

  /** The year of a month given without one, or {@code null} without an anchor. */
  Integer yearOf(int month, Rel rel) {
    LocalDate base = anchor();
    if (base == null) {
      return null;
    }
    int y = base.getYear();
    int m = base.getMonthValue();
    return switch (rel) {
      case LAST, PREVIOUS -> month < m ? y : y - 1;
      case NEXT, FOLLOWING -> month > m ? y : y + 1;
      case THIS -> y;
      default -> {
        if (tense == Tense.PAST) {
          yield month <= m ? y : y - 1;
        }
        if (tense == Tense.FUTURE) {
          yield month >= m ? y : y + 1;
        }
        yield Math.abs(month - m) <= 6 ? y : month < m ? y + 1 : y - 1;
      }
    };
  }

  /** The nearest day to {@code date} that is a {@code dow}. */
  static LocalDate nearest(LocalDate date, DayOfWeek dow) {
    int diff = dow.getValue() - date.getDayOfWeek().getValue();
    if (diff > 3) {
      diff -= 7;
    } else if (diff < -3) {
      diff += 7;
    }
    return date.plusDays(diff);
  }
}
