package org.recoupe.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.recoupe.entities.CanonicalEntity;
import org.recoupe.entities.EntityTable;

/**
 * Writes the canonical entities of a run as {@code entities.json}, schema {@value #SCHEMA}
 * (documented in {@code docs/article-json.md}).
 */
public final class EntityTableJson {
  /** Name and version of the JSON shape; bump the number on any incompatible change. */
  public static final String SCHEMA = "recoupe.entities/1";

  private EntityTableJson() {}

  /** Writes {@code table} to {@code file}. */
  public static void write(EntityTable table, Path file) throws IOException {
    Json.MAPPER.writeValue(file.toFile(), toJson(table));
  }

  /** The JSON tree of {@code table}. */
  public static ObjectNode toJson(EntityTable table) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    ArrayNode arr = root.putArray("entities");
    for (CanonicalEntity e : table.entities()) {
      ObjectNode n = arr.addObject();
      n.put("id", e.id());
      n.put("name", e.name());
      n.put("type", e.type().name());
      n.put("mentionCount", e.mentionCount());
      Json.strings(n.putArray("variants"), e.variants());
      Json.strings(n.putArray("roles"), e.roles());
      ArrayNode articles = n.putArray("articles");
      for (Map.Entry<String, List<Integer>> a : e.mentions().entrySet()) {
        ObjectNode an = articles.addObject();
        an.put("article", a.getKey());
        ArrayNode locals = an.putArray("entities");
        e.locals().getOrDefault(a.getKey(), List.of()).forEach(locals::add);
        ArrayNode mentions = an.putArray("mentions");
        a.getValue().forEach(mentions::add);
      }
    }
    return root;
  }
}
