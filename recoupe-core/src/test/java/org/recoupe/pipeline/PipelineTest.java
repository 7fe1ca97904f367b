package org.recoupe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Document;
import org.recoupe.document.Key;
import org.recoupe.document.Keys;

class PipelineTest {

  private static Stage stage(String name, Set<Key<?>> requires, Set<Key<?>> provides, UnaryOperator<Document> f) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Key<?>> requires() {
        return requires;
      }

      @Override
      public Set<Key<?>> provides() {
        return provides;
      }

      @Override
      public Document apply(Document document) {
        return f.apply(document);
      }
    };
  }

  private final Stage upper = stage("upper", Set.of(Keys.ORIGINAL), Set.of(Keys.TEXT),
      d -> d.with(Keys.TEXT, d.get(Keys.ORIGINAL).toUpperCase(java.util.Locale.ROOT)));

  @Test
  void stagesRunInOrder() {
    Pipeline p = Pipeline.of(Set.of(Keys.ORIGINAL), List.of(upper));
    Document out = p.apply(Document.create("d").with(Keys.ORIGINAL, "abc"));
    assertEquals("ABC", out.get(Keys.TEXT));
  }

  @Test
  void buildingFailsWhenARequirementIsNotProvidedEarlier() {
    Stage needsText = stage("needs-text", Set.of(Keys.TEXT), Set.of(), d -> d);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pipeline.of(Set.of(Keys.ORIGINAL), List.of(needsText, upper)));
    assertTrue(e.getMessage().contains("needs-text") && e.getMessage().contains("text"), e.getMessage());
  }

  @Test
  void aFailingStageIsNamedWithTheDocument() {
    Stage boom = stage("boom", Set.of(), Set.of(), d -> {
      throw new IllegalStateException("bad");
    });
    StageException e = assertThrows(StageException.class,
        () -> Pipeline.of(Set.of(), List.of(boom)).apply(Document.create("doc-7")));
    assertEquals("boom", e.stage());
    assertEquals("doc-7", e.documentId());
  }
}
