package org.recoupe.time;

import java.util.List;
import org.recoupe.document.Key;

/** The annotation keys of the time capability. */
public final class TimeKeys {
  private TimeKeys() {}

  /** The time expressions of {@code Keys.TEXT}, in text order. Provided by {@link TimeStage}. */
  public static final Key<List<TimeExpression>> TIMEXES = Key.generic("timexes", List.class);
}
