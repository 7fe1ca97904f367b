package org.recoupe.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One article as it moves through the pipeline: an immutable set of typed annotations (see {@link
 * Keys}). Stages never change a document; {@link #with} returns a new one that shares everything
 * else. Safe to share between threads.
 */
public final class Document {
  private final String id;
  private final Map<Key<?>, Object> annotations;

  private Document(String id, Map<Key<?>, Object> annotations) {
    this.id = id;
    this.annotations = annotations;
  }

  /** A document with an id and no annotations yet. */
  public static Document create(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank");
    }
    return new Document(id, Map.of());
  }

  /** A stable identifier, unique within a run, usable as a file name. */
  public String id() {
    return id;
  }

  /** A copy of this document with {@code value} stored under {@code key} (replacing any value). */
  public <T> Document with(Key<T> key, T value) {
    Objects.requireNonNull(key, "key");
    key.cast(Objects.requireNonNull(value, () -> "value for " + key.name()));
    Map<Key<?>, Object> copy = new LinkedHashMap<>(annotations);
    copy.put(key, value);
    return new Document(id, Collections.unmodifiableMap(copy));
  }

  /** Whether a value is stored under {@code key}. */
  public boolean has(Key<?> key) {
    return annotations.containsKey(key);
  }

  /** The value under {@code key}; fails with the key's name if a stage forgot to provide it. */
  public <T> T get(Key<T> key) {
    Object value = annotations.get(key);
    if (value == null) {
      throw new IllegalStateException("document " + id + " has no '" + key.name() + "' annotation");
    }
    return key.cast(value);
  }

  /** The value under {@code key}, if any. */
  public <T> Optional<T> find(Key<T> key) {
    Object value = annotations.get(key);
    return value == null ? Optional.empty() : Optional.of(key.cast(value));
  }

  /** The keys this document carries, in the order they were added. */
  public Set<Key<?>> keys() {
    return annotations.keySet();
  }

  @Override
  public String toString() {
    return "Document[" + id + ", " + annotations.keySet() + "]";
  }
}
