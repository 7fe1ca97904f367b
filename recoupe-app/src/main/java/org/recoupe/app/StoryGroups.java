package org.recoupe.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recoupe.document.Document;
import org.recoupe.stories.Stories;
import org.recoupe.stories.Story;
import org.recoupe.stories.StoryConfig;
import org.recoupe.stories.StoryFeaturesStage;
import org.recoupe.stories.StoryKeys;

/**
 * Splits a run's analysed articles into stories with their origin groups, by the same plain
 * functions a distributed runner would call ({@link StoryFeaturesStage}, {@link Stories#cluster}).
 */
final class StoryGroups {
  private StoryGroups() {}

  /** One story's articles and origin groups. */
  record Group(String id, List<Document> articles, List<List<String>> origins) {}

  static List<Group> of(List<Document> docs) {
    StoryFeaturesStage features = new StoryFeaturesStage();
    List<Document> withFeatures = docs.stream()
        .map(d -> d.has(StoryKeys.FEATURES) ? d : features.apply(d)).toList();
    Map<String, Document> byId = withFeatures.stream().collect(Collectors.toMap(Document::id, Function.identity()));
    List<Story> stories = Stories.cluster(withFeatures.stream().map(d -> d.get(StoryKeys.FEATURES)).toList(),
        StoryConfig.DEFAULTS);
    List<Group> out = new ArrayList<>();
    int n = 0;
    for (Story s : stories) {
      n++;
      List<Document> articles = s.articles().stream().map(byId::get).toList();
      out.add(new Group("story-" + n, articles, s.origins()));
    }
    return out;
  }
}
