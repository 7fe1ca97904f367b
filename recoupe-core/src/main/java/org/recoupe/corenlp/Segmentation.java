package org.recoupe.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recoupe.document.Document;
import org.recoupe.document.Key;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.document.Token;
import org.recoupe.pipeline.Stage;

/**
 * Splits the cleaned text into sentences and tokens with CoreNLP's tokenizer for the article's
 * language ({@link Metadata#language()}, else a guess between French and English).
 *
 * <p>Each paragraph is segmented on its own, so a headline or caption on its own line is a sentence
 * of its own and no sentence crosses a paragraph boundary. CoreNLP's output is then repaired in two
 * ways: split numbers and ordinals are rejoined ("140 000", "1 234,56", "3ème"), and a sentence that starts
 * with a lower-case letter or a comma is appended to the one before, so that a quotation keeps its
 * attribution ("« Je pars ! », a déclaré X."). Token spans index {@link Keys#TEXT} exactly.
 */
public final class Segmentation implements Stage {

  @Override
  public String name() {
    return "segment";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, Keys.PARAGRAPHS, Keys.METADATA);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.SENTENCES);
  }

  @Override
  public Document apply(Document document) {
    String text = document.get(Keys.TEXT);
    List<Span> paragraphs = document.get(Keys.PARAGRAPHS);
    CoreNlpTokenizer tokenizer = CoreNlpTokenizer.forLanguage(language(document.get(Keys.METADATA), text));
    List<Sentence> sentences = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (List<Token> tokens : SentenceJoins.join(tokenizer.sentences(text, paragraphs.get(p)))) {
        List<Token> joined = TokenJoins.join(tokens, text);
        Span span = new Span(joined.get(0).span().start(), joined.get(joined.size() - 1).span().end());
        sentences.add(new Sentence(span, p, joined));
      }
    }
    return document.with(Keys.SENTENCES, List.copyOf(sentences));
  }

  /** The language to tokenize as: the metadata's, if Recoupe has models for it, else a guess. */
  static CoreNlpLanguage language(Metadata metadata, String text) {
    return CoreNlpLanguage.forCode(metadata.language()).orElseGet(() -> LanguageGuess.of(text));
  }
}
