package org.recoupe.entities;

import java.util.Set;
import org.recoupe.document.Document;
import org.recoupe.document.Key;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.pipeline.Stage;

/**
 * The within-article entity stage: links names, short forms and role descriptions of one article
 * into local entities ({@link EntityKeys#ENTITIES}), leaving photo credits and bylines out. See
 * {@link ArticleLinker} for the rules; {@link EntityMerging} then joins the entities of several
 * articles.
 */
public final class EntityLinking implements Stage {
  private final ArticleLinker linker = new ArticleLinker();

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, Keys.SENTENCES, Keys.METADATA, EntityKeys.MENTIONS);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(EntityKeys.ENTITIES);
  }

  @Override
  public Document apply(Document document) {
    Metadata meta = document.get(Keys.METADATA);
    String language = meta.language() == null ? "fr" : meta.language();
    LocalEntities entities = linker.link(document.get(Keys.TEXT), document.get(Keys.SENTENCES),
        document.get(EntityKeys.MENTIONS), language, meta.authors());
    return document.with(EntityKeys.ENTITIES, entities);
  }
}
