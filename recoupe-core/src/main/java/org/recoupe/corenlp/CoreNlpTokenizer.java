package org.recoupe.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.recoupe.document.Span;
import org.recoupe.document.Token;

/**
 * CoreNLP's tokenizer and sentence splitter ({@code tokenize, ssplit}) for one language, exactly as
 * CoreNLP's own pipeline for that language configures them, so that later CoreNLP stages (NER) see
 * the same tokens. Loaded once per language per process; thread-safe.
 *
 * <p>Token spans index the caller's text exactly. Before tokenizing, every Unicode space separator
 * (no-break space U+00A0, narrow no-break space U+202F, thin space U+2009...) is read as a plain
 * space: one character for one, so offsets are unchanged, and French typography ("11&#x202F;000",
 * "«&#xA0;oui&#xA0;»") tokenizes as it would with ordinary spaces.
 */
public final class CoreNlpTokenizer {
  private static final Map<CoreNlpLanguage, CoreNlpTokenizer> LOADED = new ConcurrentHashMap<>();

  private final TokenizerAnnotator tokenizer;
  private final WordsToSentencesAnnotator splitter;

  private CoreNlpTokenizer(CoreNlpLanguage language) {
    Properties props = properties(language);
    tokenizer = new TokenizerAnnotator(false, props);
    splitter = new WordsToSentencesAnnotator(props);
  }

  /** The tokenizer for {@code language}, built on first use and shared afterwards. */
  public static CoreNlpTokenizer forLanguage(CoreNlpLanguage language) {
    return LOADED.computeIfAbsent(language, CoreNlpTokenizer::new);
  }

  /**
   * The CoreNLP properties of the tokenizer and sentence splitter for {@code language}: only
   * {@code tokenize.language}, which selects the tokenizer and the default options CoreNLP's own
   * pipeline for that language uses. A new, mutable copy on each call.
   */
  public static Properties properties(CoreNlpLanguage language) {
    Properties props = new Properties();
    props.setProperty("tokenize.language", language.code());
    return props;
  }

  /**
   * The sentences CoreNLP finds in {@code region} of {@code text}, each a list of tokens whose
   * spans index {@code text}. A token's text is CoreNLP's word where CoreNLP normalised it (e.g.
   * "etc." for "etc" before a sentence-final period), otherwise the characters of the span.
   */
  public List<List<Token>> sentences(String text, Span region) {
    String original = region.of(text);
    String input = plainSpaces(original);
    Annotation annotation = new Annotation(input);
    tokenizer.annotate(annotation);
    splitter.annotate(annotation);
    List<List<Token>> sentences = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        int begin = label.beginPosition();
        int end = label.endPosition();
        if (begin < 0 || end <= begin || end > input.length()) {
          continue;
        }
        String word = label.word();
        String written = word.equals(input.substring(begin, end)) ? original.substring(begin, end) : word;
        tokens.add(new Token(new Span(region.start() + begin, region.start() + end), written));
      }
      if (!tokens.isEmpty()) {
        sentences.add(tokens);
      }
    }
    return sentences;
  }

  private static String plainSpaces(String s) {
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR) {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? s : new String(chars);
  }
}
