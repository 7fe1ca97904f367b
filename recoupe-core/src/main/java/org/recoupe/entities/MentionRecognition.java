package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recoupe.document.Document;
import org.recoupe.document.Key;
import org.recoupe.document.Keys;
import org.recoupe.document.Sentence;
import org.recoupe.document.Token;
import org.recoupe.pipeline.Stage;

/**
 * The named-entity stage: tags each sentence with a statistical tagger (CoreNLP's CRF in
 * production), then corrects the result with {@link Corrections}, and stores the mentions under
 * {@link EntityKeys#MENTIONS}. The language comes from {@link Keys#METADATA}; a text of unknown
 * language is read as French, a language the tagger has no model for gets no mentions.
 */
public final class MentionRecognition implements Stage {
  private final EntityTagger tagger;
  private final Corrections corrections;

  /** A stage over {@code tagger} with the standard corrections. */
  public MentionRecognition(EntityTagger tagger) {
    this.tagger = tagger;
    this.corrections = Corrections.standard();
  }

  @Override
  public String name() {
    return "mentions";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, Keys.SENTENCES, Keys.METADATA);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(EntityKeys.MENTIONS);
  }

  @Override
  public Document apply(Document document) {
    String language = document.get(Keys.METADATA).language();
    String lang = language == null ? "fr" : language;
    if (!tagger.supports(lang)) {
      return document.with(EntityKeys.MENTIONS, List.of());
    }
    String text = document.get(Keys.TEXT);
    List<Sentence> sentences = document.get(Keys.SENTENCES);
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      if (sentence.tokens().isEmpty()) {
        continue;
      }
      List<String> words = new ArrayList<>(sentence.tokens().size());
      for (Token t : sentence.tokens()) {
        words.add(t.span().of(text));
      }
      mentions.addAll(corrections.correct(text, sentence, i, lang, tagger.tag(words, lang)));
    }
    return document.with(EntityKeys.MENTIONS, List.copyOf(mentions));
  }
}
