package org.recoupe.document;

import java.util.Objects;

/**
 * A typed annotation key, in the manner of CoreNLP's annotation classes: a stage provides a value
 * under a key, and a later stage reads it back with its type known at compile time.
 *
 * <p>Keys compare by identity; declare each one once as a constant (see {@link Keys}).
 *
 * @param <T> the type of the value stored under this key
 */
public final class Key<T> {
  private final String name;
  private final Class<?> type;

  private Key(String name, Class<?> type) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
  }

  /** Creates a key for values of a plain class. */
  public static <T> Key<T> of(String name, Class<T> type) {
    return new Key<>(name, type);
  }

  /**
   * Creates a key for values of a generic type, such as {@code List<Sentence>}; {@code rawType} is
   * the erased class ({@code List.class}).
   */
  @SuppressWarnings("unchecked")
  public static <T> Key<T> generic(String name, Class<? super T> rawType) {
    return (Key<T>) new Key<>(name, rawType);
  }

  /** The key's name, as it appears in error messages and JSON output. */
  public String name() {
    return name;
  }

  /** Checks a value against the key's type and returns it typed. */
  @SuppressWarnings("unchecked")
  T cast(Object value) {
    if (!type.isInstance(value)) {
      throw new ClassCastException(
          "value for key '" + name + "' is a " + value.getClass().getName() + ", not a " + type.getName());
    }
    return (T) value;
  }

  @Override
  public String toString() {
    return name;
  }
}
