package org.recoupe.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.document.Metadata;
import org.recoupe.document.Sentence;
import org.recoupe.document.Span;
import org.recoupe.document.Token;

/**
 * A hand-written article for the linking tests: one sentence per line, tokens split at spaces and
 * punctuation (elisions "l’" and hyphenated words kept as CoreNLP keeps them), and mentions marked
 * in the text as [PER Vladimir Poutine] (the brackets are removed).
 */
final class TextFixture {
  private static final Pattern MARK = Pattern.compile("\\[(PER|ORG|LOC|MISC) ([^\\]]+)\\]");
  private static final Pattern TOKEN = Pattern.compile(
      "MM?\\.|\\p{L}['’](?=\\p{L})|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*|\\S");

  final String text;
  final List<Sentence> sentences = new ArrayList<>();
  final List<Mention> mentions = new ArrayList<>();

  TextFixture(String... lines) {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < lines.length; s++) {
      if (s > 0) {
        b.append('\n');
      }
      int lineStart = b.length();
      Matcher m = MARK.matcher(lines[s]);
      int last = 0;
      while (m.find()) {
        b.append(lines[s], last, m.start());
        int start = b.length();
        b.append(m.group(2));
        mentions.add(new Mention(new Span(start, b.length()), s, EntityType.valueOf(m.group(1)), m.group(2)));
        last = m.end();
      }
      b.append(lines[s].substring(last));
      List<Token> tokens = new ArrayList<>();
      Matcher t = TOKEN.matcher(b.substring(lineStart));
      while (t.find()) {
        tokens.add(new Token(new Span(lineStart + t.start(), lineStart + t.end()), t.group()));
      }
      sentences.add(new Sentence(new Span(lineStart, b.length()), s, tokens));
    }
    text = b.toString();
  }

  /** The document the entity stage reads, in {@code language}, with these bylines. */
  Document document(String id, String language, String... authors) {
    return Document.create(id).with(Keys.TEXT, text).with(Keys.SENTENCES, sentences)
        .with(Keys.METADATA, Metadata.EMPTY.withLanguage(language).withAuthors(List.of(authors)))
        .with(EntityKeys.MENTIONS, List.copyOf(mentions));
  }

  /** Links the article and returns its entities. */
  LocalEntities link(String language, String... authors) {
    return new EntityLinking().apply(document("doc", language, authors)).get(EntityKeys.ENTITIES);
  }
}
