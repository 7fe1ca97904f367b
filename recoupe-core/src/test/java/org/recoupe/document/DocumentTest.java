package org.recoupe.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentTest {

  @Test
  void withReturnsACopyAndLeavesTheOriginalUntouched() {
    Document empty = Document.create("a1");
    Document withText = empty.with(Keys.TEXT, "hello");
    assertFalse(empty.has(Keys.TEXT));
    assertEquals("hello", withText.get(Keys.TEXT));
    assertTrue(withText.find(Keys.ORIGINAL).isEmpty());
  }

  @Test
  void missingKeyNamesTheKeyAndDocument() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Document.create("a2").get(Keys.TEXT));
    assertTrue(e.getMessage().contains("a2") && e.getMessage().contains("text"), e.getMessage());
  }

  @Test
  void wrongValueTypeIsRefused() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Key<Object> raw = (Key) Keys.TEXT;
    assertThrows(ClassCastException.class, () -> Document.create("a3").with(raw, 42));
  }
}
