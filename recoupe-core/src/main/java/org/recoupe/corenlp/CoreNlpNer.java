package org.recoupe.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recoupe.entities.EntityTagger;
import org.recoupe.entities.EntityType;
import org.recoupe.entities.TaggedRange;

/**
 * Named-entity tagging of already tokenized sentences with CoreNLP's CRF classifiers (French
 * WikiNER, English CoNLL), used directly: no SUTime, no numeric classifiers, no regex NER. The
 * models are shared process-wide ({@link NerModels}); this class is stateless and thread-safe.
 */
public final class CoreNlpNer implements EntityTagger {
  private static final CoreNlpNer INSTANCE = new CoreNlpNer();

  private CoreNlpNer() {}

  /** The tagger; models load on the first sentence of each language. */
  public static CoreNlpNer get() {
    return INSTANCE;
  }

  @Override
  public boolean supports(String language) {
    return "fr".equals(language) || "en".equals(language);
  }

  @Override
  public List<TaggedRange> tag(List<String> words, String language) {
    CRFClassifier<CoreLabel> model = NerModels.forLanguage(language);
    List<Word> sentence = new ArrayList<>(words.size());
    for (String word : words) {
      sentence.add(new Word(word));
    }
    // classifySentence, not classify: it adds the word shapes and normalisations the models expect.
    List<CoreLabel> answers = model.classifySentence(sentence);
    List<TaggedRange> ranges = new ArrayList<>();
    int start = -1;
    EntityType current = null;
    for (int i = 0; i < answers.size(); i++) {
      String answer = answers.get(i).get(CoreAnnotations.AnswerAnnotation.class);
      EntityType type = typeOf(answer);
      boolean begins = answer != null && answer.startsWith("B-");
      if (current != null && (type != current || begins)) {
        ranges.add(new TaggedRange(start, i, current));
        current = null;
      }
      if (type != null && current == null) {
        start = i;
        current = type;
      }
    }
    if (current != null) {
      ranges.add(new TaggedRange(start, answers.size(), current));
    }
    return ranges;
  }

  /** Maps a model's answer ("PERSON", "I-PER", "LOCATION", "O"...) to a type; null for none. */
  static EntityType typeOf(String answer) {
    if (answer == null) {
      return null;
    }
    String bare = answer.length() > 2 && answer.charAt(1) == '-' ? answer.substring(2) : answer;
    switch (bare.toUpperCase(Locale.ROOT)) {
      case "PER":
      case "PERSON":
        return EntityType.PER;
      case "ORG":
      case "ORGANIZATION":
      case "ORGANISATION":
        return EntityType.ORG;
      case "LOC":
      case "LOCATION":
        return EntityType.LOC;
      case "MISC":
        return EntityType.MISC;
      default:
        return null;
    }
  }
}
