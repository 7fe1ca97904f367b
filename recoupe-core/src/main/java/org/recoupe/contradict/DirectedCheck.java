package org.recoupe.contradict;

import java.util.ArrayList;
import java.util.List;

/**
 * A check written from one side: {@link #oneWay} looks for what the left passage says against the
 * right one; {@link #conflicts} runs it both ways and reports everything from the left's view.
 */
abstract class DirectedCheck implements Check {

  /** The conflicts that the left passage's values raise against the right passage. */
  abstract List<Conflict> oneWay(Pair pair);

  @Override
  public final List<Conflict> conflicts(Pair pair) {
    List<Conflict> out = new ArrayList<>(oneWay(pair));
    for (Conflict c : oneWay(pair.swapped())) {
      Conflict back = c.swapped();
      if (out.stream().noneMatch(o -> o.left().overlaps(back.left()) && o.right().overlaps(back.right()))) {
        out.add(back);
      }
    }
    return out;
  }
}
