package org.recoupe.contradict;

import java.util.ArrayList;
import java.util.List;

/**
 * The same counted thing with incompatible quantities: "11 000 conteneurs" against "8 000
 * conteneurs". Bounds, hedges, ranges and round figures are honoured ("plus de 10 000 conteneurs"
 * and "11 000 conteneurs" agree; "environ 100 morts" and "98 morts" agree).
 */
public final class NumberCheck extends DirectedCheck {

  @Override
  List<Conflict> oneWay(Pair pair) {
    List<Quantity> right = Quantities.of(pair.right());
    List<Conflict> out = new ArrayList<>();
    for (Quantity l : Quantities.of(pair.left())) {
      List<Quantity> same = right.stream().filter(r -> r.unit().equals(l.unit())).toList();
      if (!same.isEmpty() && same.stream().noneMatch(l::compatible) && out.stream().noneMatch(c -> c.left().equals(l.span()))) {
        out.add(Conflict.of(ConflictType.NUMBER, pair, l.span(), same.get(0).span()));
      }
    }
    return out;
  }
}
