package org.recoupe.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.recoupe.app.output.Json;
import org.recoupe.document.Document;
import org.recoupe.document.Format;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.SourceRef;
import org.recoupe.pipeline.Pipeline;
import org.recoupe.pipeline.StandardPipeline;

/**
 * The main texts of the article-extraction benchmark's pages ({@code
 * ../shared/eval/article-extraction-benchmark/ground-truth.json}): 181 real web pages, nearly all
 * English news and blog posts of November 2019, through the document layer (language detected,
 * no publication date). Used as unrelated articles in story evaluation.
 */
final class EnglishPages {
  private EnglishPages() {}

  /** Every page with a non-empty main text, id {@code en-} plus the first 10 characters of its key. */
  static List<Document> load(Path evalRoot) throws IOException {
    JsonNode root = Json.MAPPER.readTree(
        evalRoot.resolve("article-extraction-benchmark").resolve("ground-truth.json").toFile());
    Pipeline pipeline = StandardPipeline.documentLayer();
    List<Document> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> page = it.next();
      String body = page.getValue().path("articleBody").asText("");
      if (body.isBlank()) {
        continue;
      }
      String id = "en-" + page.getKey().substring(0, Math.min(10, page.getKey().length()));
      out.add(pipeline.apply(Document.create(id)
          .with(Keys.SOURCE, new SourceRef(page.getValue().path("url").asText(id), null, Format.TEXT))
          .with(Keys.ORIGINAL, body)
          .with(Keys.HINTS, Metadata.EMPTY)));
    }
    out.sort(java.util.Comparator.comparing(Document::id));
    return out;
  }
}
