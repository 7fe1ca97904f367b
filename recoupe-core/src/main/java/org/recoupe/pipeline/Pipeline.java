package org.recoupe.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.recoupe.document.Document;
import org.recoupe.document.Key;

/**
 * An ordered list of {@link Stage}s whose requirements were checked when it was built: every key a
 * stage requires is either given at the start or provided by an earlier stage. Thread-safe.
 */
public final class Pipeline {
  private final List<Stage> stages;
  private final Set<Key<?>> initial;

  private Pipeline(Set<Key<?>> initial, List<? extends Stage> stages) {
    this.initial = Set.copyOf(initial);
    this.stages = List.copyOf(stages);
  }

  /**
   * Builds a pipeline over documents that start with the {@code initial} keys.
   *
   * @throws IllegalArgumentException naming the stage and the missing keys, if the order is wrong
   */
  public static Pipeline of(Set<Key<?>> initial, List<? extends Stage> stages) {
    Set<Key<?>> available = new LinkedHashSet<>(initial);
    for (Stage stage : stages) {
      List<String> missing = new ArrayList<>();
      for (Key<?> key : stage.requires()) {
        if (!available.contains(key)) {
          missing.add(key.name());
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "stage '" + stage.name() + "' requires " + missing + " which nothing before it provides"
                + " (available: " + available.stream().map(Key::name).collect(Collectors.toList()) + ")");
      }
      available.addAll(stage.provides());
    }
    return new Pipeline(initial, stages);
  }

  /** The stages, in order. */
  public List<Stage> stages() {
    return stages;
  }

  /** The keys documents must carry before the first stage. */
  public Set<Key<?>> initialKeys() {
    return initial;
  }

  /**
   * Runs every stage in turn.
   *
   * @throws StageException naming the stage and document, if a stage fails
   */
  public Document apply(Document document) {
    for (Key<?> key : initial) {
      if (!document.has(key)) {
        throw new IllegalArgumentException("document " + document.id() + " lacks '" + key.name() + "'");
      }
    }
    Document current = document;
    for (Stage stage : stages) {
      try {
        current = stage.apply(current);
      } catch (RuntimeException e) {
        throw new StageException(stage.name(), current.id(), e);
      }
    }
    return current;
  }
}
