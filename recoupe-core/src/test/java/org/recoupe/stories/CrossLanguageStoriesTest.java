package org.recoupe.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Document;

/**
 * The seeds (French, read from ../shared/seeds) plus articles written here: an English report of
 * the same summit, a French report of the previous summit between the same leaders (September
 * 2023), and an English report of an unrelated event published the same day. ../shared holds no
 * real English report of an event its French articles cover (see docs/quality.md), hence the
 * written ones.
 */
class CrossLanguageStoriesTest {
  private static final LocalDate SUMMIT = LocalDate.of(2024, 6, 19);

  static final String ENGLISH_SAME_EVENT = """
      Putin and Kim Jong Un sign strategic partnership pact in Pyongyang

      Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a comprehensive strategic partnership agreement on Wednesday, June 19, during a summit in Pyongyang, Russian news agencies reported.

      The treaty provides for mutual assistance if either country is attacked, Putin told reporters after the talks, which lasted about two hours. Kim called the agreement peaceful and defensive and pledged full support for Russia's war in Ukraine.

      It was Putin's first visit to North Korea in 24 years. The Kremlin said the pact reflected deep changes in the geopolitical situation, while Western governments fear closer military cooperation between Moscow and Pyongyang, accused of supplying ammunition and missiles to the Russian army.

      According to the Kremlin adviser Yuri Ushakov, Putin gave Kim an Aurus limousine and a tea set.
      """;

  static final String FRENCH_EARLIER_SUMMIT = """
      Kim Jong-un rencontre Vladimir Poutine au cosmodrome de Vostotchny

      Le dirigeant nord-coréen Kim Jong-un, arrivé en train blindé dans l'Extrême-Orient russe, a été reçu mercredi 13 septembre 2023 par Vladimir Poutine au cosmodrome de Vostotchny, dans la région de l'Amour.

      Les deux hommes ont visité les installations de lancement avant des entretiens de plusieurs heures consacrés à la coopération spatiale et militaire. Le président russe a laissé entendre que Moscou pourrait aider Pyongyang à construire des satellites.

      Washington soupçonne la Corée du Nord de vouloir livrer des obus d'artillerie à la Russie pour sa guerre en Ukraine, en échange de technologies militaires. Le Kremlin a démenti qu'un accord ait été signé à Vostotchny.
      """;

  static final String ENGLISH_OTHER_EVENT = """
      Heatwave grips southern Europe as Athens closes the Acropolis

      Greek authorities closed the Acropolis to visitors on Wednesday afternoon as temperatures in Athens climbed above 43 degrees Celsius, the third heatwave to hit the country this month.

      Firefighters battled wildfires on the island of Evia and near Corinth, where several villages were evacuated overnight. The civil protection agency warned that the risk of new fires would remain very high until the weekend.

      In Italy, sixteen cities including Rome and Florence were placed on red alert, and the health ministry urged elderly people to stay indoors during the hottest hours of the day.
      """;

  private static final StoryFeaturesStage STAGE = new StoryFeaturesStage();

  private static List<StoryFeatures> corpus(boolean dated) {
    List<Document> docs = new ArrayList<>(TestArticles.seeds(dated ? TestArticles.published(SUMMIT, "fr") : org.recoupe.document.Metadata.EMPTY));
    docs.add(TestArticles.document("en-summit", ENGLISH_SAME_EVENT,
        dated ? TestArticles.published(SUMMIT, "en") : org.recoupe.document.Metadata.EMPTY));
    docs.add(TestArticles.document("fr-2023", FRENCH_EARLIER_SUMMIT,
        dated ? TestArticles.published(LocalDate.of(2023, 9, 13), "fr") : org.recoupe.document.Metadata.EMPTY));
    docs.add(TestArticles.document("en-heat", ENGLISH_OTHER_EVENT,
        dated ? TestArticles.published(SUMMIT, "en") : org.recoupe.document.Metadata.EMPTY));
    return docs.stream().map(d -> STAGE.apply(d).get(StoryKeys.FEATURES)).toList();
  }

  @Test
  void theEnglishReportJoinsTheFrenchStoryAndOtherEventsStayApart() {
    List<Story> stories = Stories.cluster(corpus(true), StoryConfig.DEFAULTS);
    assertEquals(3, stories.size(), stories.toString());
    Story summit = stories.stream().filter(s -> s.articles().contains("seed000")).findFirst().orElseThrow();
    assertEquals(List.of("en-summit", "seed000", "seed001", "seed002", "seed003", "seed004"), summit.articles());
    assertEquals(5, summit.independentOrigins());
    assertEquals(SUMMIT, summit.first());
    assertTrue(stories.stream().anyMatch(s -> s.articles().equals(List.of("fr-2023"))));
    assertTrue(stories.stream().anyMatch(s -> s.articles().equals(List.of("en-heat"))));
  }

  @Test
  void withoutPublicationDatesTheDaysTheTextsNameKeepThePreviousSummitApart() {
    List<StoryFeatures> features = corpus(false);
    assertEquals("en", features.stream().filter(f -> f.id().equals("en-summit")).findFirst().orElseThrow().language());
    assertEquals("fr", features.stream().filter(f -> f.id().equals("seed000")).findFirst().orElseThrow().language());
    List<Story> stories = Stories.cluster(features, StoryConfig.DEFAULTS);
    Story summit = stories.stream().filter(s -> s.articles().contains("seed000")).findFirst().orElseThrow();
    assertEquals(List.of("en-summit", "seed000", "seed001", "seed002", "seed003", "seed004"), summit.articles(), stories.toString());
    assertTrue(stories.stream().anyMatch(s -> s.articles().equals(List.of("fr-2023"))), stories.toString());
    assertTrue(stories.stream().anyMatch(s -> s.articles().equals(List.of("en-heat"))), stories.toString());
  }
}
