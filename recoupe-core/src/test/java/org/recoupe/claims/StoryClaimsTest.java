package org.recoupe.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.brief.BriefBuilder;
import org.recoupe.brief.StoryReport;
import org.recoupe.brief.SummaryPoint;
import org.recoupe.document.Document;
import org.recoupe.document.Metadata;
import org.recoupe.document.Published;

/**
 * Claims across the articles of a story, on articles written for the test: the same fact in French
 * and English is one claim backed by two origins; an accusation and a denial are a dispute between
 * the parties, not a disagreement between the outlets.
 */
class StoryClaimsTest {

  private static Document article(String id, String text, String language) {
    Document d = Analyzed.of(text, Metadata.EMPTY.withLanguage(language)
        .withPublished(new Published(Analyzed.DAY, null, null, "test")));
    return rename(d, id);
  }

  private static Document rename(Document d, String id) {
    Document out = Document.create(id);
    for (var k : d.keys()) {
      out = copy(out, d, k);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T> Document copy(Document to, Document from, org.recoupe.document.Key<T> key) {
    return to.with(key, from.get(key));
  }

  private static StoryReport story(Document... docs) {
    List<List<String>> origins = List.of(docs).stream().map(d -> List.of(d.id())).toList();
    return new BriefBuilder(120).build("s", List.of(docs), origins);
  }

  @Test
  void theSameSigningInFrenchAndEnglishIsOneClaimOfTwoOrigins() {
    StoryReport r = story(
        article("fr", "Le président russe, Vladimir Poutine, et le dirigeant nord-coréen, Kim Jong-un, ont signé "
            + "mercredi un traité de partenariat à Pyongyang.", "fr"),
        article("en", "Russia and North Korea signed a partnership treaty on Wednesday, the Kremlin said.\n\n"
            + "Russian President Vladimir Putin hailed North Korean leader Kim Jong Un.", "en"));
    SummaryPoint top = r.claims().get(0);
    assertEquals(2, top.origins(), () -> r.claims().toString());
    assertEquals("sign", top.claim().predicate().family());
    assertEquals("2024-06-19", top.claim().when().value());
  }

  @Test
  void anAccusationAndItsDenialAreADisputeBetweenParties() {
    StoryReport r = story(
        article("a", "Kiev accuse Moscou d'avoir bombardé le barrage de Kakhovka mardi.", "fr"),
        article("b", "Moscou a démenti tout bombardement du barrage de Kakhovka.", "fr"));
    assertEquals(1, r.disputes().size(), () -> r.disputes().toString());
    Dispute d = r.disputes().get(0);
    assertEquals(Dispute.Stance.ALLEGES, d.sides().get(0).stance());
    assertEquals("a", d.sides().get(0).articleId());
    assertEquals(Dispute.Stance.DENIES, d.sides().get(1).stance());
    assertTrue(r.conflicts().isEmpty(), () -> "no disagreement between the outlets: " + r.conflicts());
    StoryReport en = story(
        article("a", "Ukraine accused Russia of shelling the dam on Tuesday.", "en"),
        article("b", "Russia denied shelling the dam.", "en"));
    assertEquals(1, en.disputes().size(), () -> en.claims().toString());
  }

  @Test
  void aDenialOfSomethingElseIsNoDispute() {
    StoryReport r = story(
        article("a", "Selon les Occidentaux, la Corée du Nord livre des munitions à la Russie.", "fr"),
        article("b", "La Corée du Nord a démenti toute visite du ministre russe.", "fr"));
    assertTrue(r.disputes().isEmpty(), () -> r.disputes().toString());
  }
}
