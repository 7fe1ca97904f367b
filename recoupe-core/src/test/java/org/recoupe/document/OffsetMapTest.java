package org.recoupe.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OffsetMapTest {

  @Test
  void copiedCharactersMapBackAndInsertedOnesMapToTheNextCopy() {
    String source = "Menu\nHello world\nFooter\nBye";
    AlignedText clean = AlignedText.builder(source).copy(5, 16).insert("\n\n").copy(24, 27).build();
    assertEquals("Hello world\n\nBye", clean.text());
    assertEquals(5, clean.map().toSource(0));
    assertEquals(15, clean.map().toSource(10));
    assertEquals(24, clean.map().toSource(11), "inserted break maps to the next copied character");
    assertEquals(24, clean.map().toSource(13));
    assertEquals(27, clean.map().toSource(16), "end of text maps past the last copied character");
    assertEquals(new Span(24, 27), clean.map().toSource(new Span(13, 16)));
    assertEquals("Hello", new Span(5, 10).of(source));
  }

  @Test
  void chainedMapsGoStraightToTheFirstSource() {
    String source = "xxABCDEyyFGH";
    AlignedText first = AlignedText.builder(source).copy(2, 7).insert(" ").copy(9, 12).build();
    assertEquals("ABCDE FGH", first.text());
    AlignedText second = AlignedText.builder(first.text()).copy(3, 9).build();
    assertEquals("DE FGH", second.text());
    OffsetMap chained = first.map().then(second.map());
    assertEquals(5, chained.toSource(0));
    assertEquals(6, chained.toSource(1));
    assertEquals(9, chained.toSource(2), "the inserted space maps to the next copied character");
    assertEquals(10, chained.toSource(4));
    assertEquals(source.length(), chained.sourceLength());
    assertEquals("DE", chained.toSource(new Span(0, 2)).of(source));
    assertEquals("FGH", chained.toSource(new Span(3, 6)).of(source));
  }

  @Test
  void identityAndBounds() {
    OffsetMap id = OffsetMap.identity(4);
    assertEquals(3, id.toSource(3));
    assertEquals(4, id.toSource(4));
    assertThrows(IndexOutOfBoundsException.class, () -> id.toSource(5));
    assertThrows(IndexOutOfBoundsException.class, () -> AlignedText.builder("ab").copy(1, 3));
  }
}
