package org.recoupe.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The CoreNLP CRF named-entity models, each loaded from the model jars on first use and then
 * shared by every thread of the process (class-initialisation holders: lazy and thread-safe).
 */
public final class NerModels {
  private NerModels() {}

  /** The French model: 4-class CRF trained on WikiNER (PER, LOC, ORG, MISC). */
  public static final String FRENCH = "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz";

  /** The English model: 4-class CRF trained on CoNLL 2003 with distributional similarity features. */
  public static final String ENGLISH = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private static final class French {
    static final CRFClassifier<CoreLabel> MODEL = load(FRENCH);
  }

  private static final class English {
    static final CRFClassifier<CoreLabel> MODEL = load(ENGLISH);
  }

  /** The model for an ISO 639-1 code ("fr" or "en"); fails for any other language. */
  public static CRFClassifier<CoreLabel> forLanguage(String language) {
    switch (language) {
      case "fr":
        return French.MODEL;
      case "en":
        return English.MODEL;
      default:
        throw new IllegalArgumentException("no NER model for language '" + language + "'");
    }
  }

  private static CRFClassifier<CoreLabel> load(String resource) {
    try {
      return CRFClassifier.getClassifier(resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER model " + resource, e);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("cannot load NER model " + resource, e);
    }
  }
}
