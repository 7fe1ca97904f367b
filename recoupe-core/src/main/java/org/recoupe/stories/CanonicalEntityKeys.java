package org.recoupe.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.recoupe.document.Document;
import org.recoupe.entities.Aliases;
import org.recoupe.entities.EntityType;
import org.recoupe.entities.LocalEntities;
import org.recoupe.entities.LocalEntity;
import org.recoupe.entities.NameKeys;

/**
 * Entity keys that meet across languages: the entities stage's named entities ({@link
 * org.recoupe.entities.EntityKeys#ENTITIES}) when the document has them, else the {@link
 * CapitalisedNames} fallback; either way each name becomes the key its country or body has in
 * every language ({@link Aliases}: "Russie" and "Russia" give {@code country:RU}), else its
 * phonetic key ({@link NameKeys#phonetic}: "Vladimir Poutine" and "Vladimir Putin" give one key).
 * A linked entity counts once per mention; a person named in full also yields the key of the last
 * word of the name, so an article that says only "Putin" meets one that says "Vladimir Poutine".
 * Keys of names already seen come from a bounded cache (names recur from article to article).
 * Thread-safe.
 */
public final class CanonicalEntityKeys implements EntityKeys {
  /** The cache is emptied when it holds this many names, so memory stays bounded. */
  private static final int CACHED_NAMES = 50_000;

  private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

  @Override
  public List<String> keys(Document document) {
    List<String> out = new ArrayList<>();
    LocalEntities linked = document.find(org.recoupe.entities.EntityKeys.ENTITIES).orElse(null);
    if (linked == null) {
      for (String name : CapitalisedNames.find(document.get(org.recoupe.document.Keys.TEXT))) {
        out.add(cachedKey(name));
      }
      return out;
    }
    for (LocalEntity e : linked.entities()) {
      if (!e.named()) {
        continue;
      }
      String key = cachedKey(e.name());
      List<String> words = NameKeys.phoneticWords(e.name());
      String surname = e.type() == EntityType.PER && words.size() > 1 ? words.get(words.size() - 1) : null;
      for (int i = 0; i < e.mentions().size(); i++) {
        out.add(key);
        if (surname != null) {
          out.add(surname);
        }
      }
    }
    return out;
  }

  private String cachedKey(String name) {
    String key = cache.get(name);
    if (key == null) {
      if (cache.size() >= CACHED_NAMES) {
        cache.clear();
      }
      key = key(name);
      cache.put(name, key);
    }
    return key;
  }

  /** The alias key of a country or body, else the phonetic key of the name. */
  static String key(String name) {
    String alias = Aliases.key(name);
    return alias != null ? alias : NameKeys.phonetic(name);
  }
}
