package org.recoupe.clean;

import java.util.Set;
import org.recoupe.document.Document;
import org.recoupe.document.Format;
import org.recoupe.document.Key;
import org.recoupe.document.Keys;
import org.recoupe.extract.HtmlExtractor;
import org.recoupe.pipeline.Stage;

/**
 * The cleaning stage: HTML pages go through {@link HtmlExtractor}, plain text through {@link
 * PlainTextCleaner}; either way the document gets its main text, paragraphs, offset map to the
 * original, and the list of what was removed.
 */
public final class TextCleaning implements Stage {
  private final HtmlExtractor html = new HtmlExtractor();
  private final PlainTextCleaner plain = new PlainTextCleaner();

  @Override
  public String name() {
    return "clean";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.SOURCE, Keys.ORIGINAL);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TEXT, Keys.ALIGNMENT, Keys.REMOVED, Keys.PARAGRAPHS);
  }

  @Override
  public Document apply(Document document) {
    String original = document.get(Keys.ORIGINAL);
    CleanText clean =
        document.get(Keys.SOURCE).format() == Format.HTML ? html.extract(original) : plain.clean(original);
    return document
        .with(Keys.TEXT, clean.text().text())
        .with(Keys.ALIGNMENT, clean.text().map())
        .with(Keys.REMOVED, clean.removed())
        .with(Keys.PARAGRAPHS, clean.paragraphs());
  }
}
