package org.recoupe.quotes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoupe.document.Span;
import org.recoupe.quotes.Speaker.Attribution;

/**
 * What an article has said so far, as attribution needs it: the mentions pronouns may refer to
 * ({@link Referents}) and the latest speaker or subject, which a quotation standing alone
 * continues. Not thread-safe: one per article.
 */
final class Discourse {
  /** A speaker and the features of the words that name it. */
  record Named(Speaker speaker, Features features) {
    /** The same speaker, attributed another way. */
    Named as(Attribution how) {
      return new Named(new Speaker(speaker.span(), speaker.text(), how), features);
    }
  }

  private static final int PRONOUN_FALLBACK_SENTENCES = 3;

  private final Referents memory = new Referents();
  private final Surnames surnames = new Surnames();
  private final String text;
  private Named latest;
  private int latestSentence = -10;
  private Named lastQuoted;
  private int lastQuotedSentence = -10;

  Discourse(String text) {
    this.text = text;
  }

  /**
   * Records a mention of someone in sentence {@code sentence}; a {@code topic} ("Quant à X, …") is
   * recorded as a subject.
   */
  void mention(Span span, Features features, int sentence, boolean topic) {
    memory.add(span, surnames.learn(span.of(text), features), sentence, topic);
  }

  /**
   * The speaker {@code found} names in sentence {@code sentence}: its words, or for a pronoun the
   * mention it refers to (else the latest speaker, if it agrees and is recent); {@code null} if none.
   */
  Named resolve(Frame found, int sentence) {
    if (found.isPronoun()) {
      Referents.Referent r = memory.resolve(found.pronoun(), sentence, found.speaker().start());
      if (r != null) {
        return new Named(new Speaker(r.span(), r.span().of(text), Attribution.PRONOUN), r.features());
      }
      if (latest != null && latest.features().agreesWith(found.pronoun())
          && sentence - latestSentence <= PRONOUN_FALLBACK_SENTENCES) {
        return latest.as(Attribution.PRONOUN);
      }
      return null;
    }
    if (found.speaker() == null) {
      return null;
    }
    String words = found.speaker().of(text);
    Features f = found.features();
    if (f.kind() == Features.Kind.PERSON && demonstrative(words)) {
      Referents.Referent r = memory.resolve(new Pronoun(f.gender(), f.plural(), false, false, false), sentence,
          found.speaker().start());
      if (r != null && r.features().kind() != Features.Kind.GROUP) {
        return new Named(new Speaker(r.span(), r.span().of(text), Attribution.PRONOUN), r.features());
      }
    }
    Span tidy = tidy(found.speaker());
    return tidy == null ? null : new Named(new Speaker(tidy, tidy.of(text), found.how()), found.features());
  }

  /**
   * The speaker's words without the function words or the verb that a misread clause may leave at
   * their end ("Christophe Straudo en" appelle, "Solidaires et Unsa-- se sont"), or null when they
   * open on a verb ("critiquant la", "a accompagné des"): words that name nobody, so the quotation
   * is attributed as if it had no frame.
   */
  private Span tidy(Span words) {
    String t = words.of(text);
    Matcher open = VERB_FIRST.matcher(t);
    if (open.lookingAt()) {
      return null;
    }
    Matcher tail = LOOSE_END.matcher(t);
    int end = tail.find() ? tail.start() : t.length();
    return end == 0 ? null : new Span(words.start(), words.start() + end);
  }

  private static final Pattern LOOSE_END = Pattern.compile(
      "(?:(?:\\s+|(?<=-))(?:la|le|les|des|du|de|d'|un|une|en|y|se|s'|sont|a|ont|est|the|an|of)\\b|\\s*--|[\\s,;:(-])+$");

  private static final Pattern VERB_FIRST = Pattern.compile(
      "(?:\\p{Ll}+ant|ont|est|sont|se|a\\s+\\p{Ll}+(?:é|i|u|is|it))\\b");

  /**
   * "cet homme", "cette habitante du quartier", "ces responsables": a demonstrative description
   * without a name, which points back to someone already mentioned, as a pronoun does (only for
   * nouns of persons: "ce service" may name a body seen for the first time).
   */
  private static boolean demonstrative(String words) {
    String[] parts = words.split("\\s+");
    if (parts.length < 2 || parts.length > 5) {
      return false;
    }
    String first = parts[0].toLowerCase(Locale.ROOT);
    if (!first.equals("ce") && !first.equals("cet") && !first.equals("cette") && !first.equals("ces")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** The last subject of this sentence or the one before, for a verb whose subject is implied; or null. */
  Named lastSubject(int sentence) {
    Referents.Referent r = memory.lastSubject(sentence);
    return r == null ? null : new Named(new Speaker(r.span(), r.span().of(text), Attribution.CONTINUATION), r.features());
  }

  /**
   * The last subject recorded for sentence {@code sentence} itself, when it names a person and ends
   * before offset {@code before} (the quotation); else null.
   */
  Named personSubjectOf(int sentence, int before) {
    Referents.Referent r = memory.lastSubject(sentence);
    return r == null || r.sentence() != sentence || r.span().end() > before
        || r.features().kind() != Features.Kind.PERSON || !named(r.span().of(text)) ? null
        : new Named(new Speaker(r.span(), r.span().of(text), Attribution.CONTINUATION), r.features());
  }

  /** Whether words hold a capitalised word after their first: a name, not only a description. */
  private static boolean named(String words) {
    String[] parts = words.split("\\s+");
    for (int i = 1; i < parts.length; i++) {
      if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
        return true;
      }
    }
    return parts.length == 1 && !parts[0].isEmpty() && Character.isUpperCase(parts[0].charAt(0));
  }

  /** Records {@code named} as a subject of sentence {@code sentence}, salient for pronouns to come. */
  void note(Named named, int sentence) {
    Span span = named.speaker().span();
    memory.add(span, surnames.learn(span.of(text), named.features()), sentence, true);
  }

  /** Records {@code named} as a subject and makes it the latest speaker. */
  void remember(Named named, int sentence) {
    note(named, sentence);
    latest = named;
    latestSentence = sentence;
  }

  /** Records {@code named} as the speaker of a quotation in sentence {@code sentence}, and as the latest speaker. */
  void rememberQuoted(Named named, int sentence) {
    remember(named, sentence);
    lastQuoted = named;
    lastQuotedSentence = sentence;
  }

  /**
   * The speaker of the latest attributed quotation, if it is at most {@code window} sentences back:
   * whom a quotation standing alone most likely continues when nothing closer names anyone.
   */
  Named lastQuoted(int sentence, int window) {
    return lastQuoted != null && sentence - lastQuotedSentence <= window ? lastQuoted : null;
  }

  /** The latest speaker or subject, or {@code null}. */
  Named latest() {
    return latest;
  }

  /** How many sentences back the latest speaker was. */
  int sinceLatest(int sentence) {
    return sentence - latestSentence;
  }
}
