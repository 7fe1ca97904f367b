package org.recoupe.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.document.Metadata;

class HtmlMetadataTest {

  private static Metadata read(String html) {
    return HtmlMetadata.read(html, null).metadata();
  }

  @Test
  void openGraphAndMetaTags() {
    Metadata m = read("<html lang='fr-FR'><head><title>Le budget adopté - La Gazette</title>"
        + "<meta property='og:title' content='Le budget adopté | La Gazette'>"
        + "<meta property='og:site_name' content='La Gazette'>"
        + "<meta property='og:url' content='https://www.lagazette.example/budget'>"
        + "<meta property='article:published_time' content='2024-06-19T16:00:00+02:00'>"
        + "<meta name='author' content='Jean Dupont'>"
        + "<link rel='canonical' href='https://lagazette.example/budget-2024'></head>"
        + "<body><h1>Le budget adopté</h1><p>Texte.</p></body></html>");
    assertEquals("Le budget adopté", m.title());
    assertEquals("La Gazette", m.outlet());
    assertEquals("https://lagazette.example/budget-2024", m.url(), "canonical link beats og:url");
    assertEquals(List.of("Jean Dupont"), m.authors());
    assertEquals("2024-06-19T16:00+02:00", m.published().iso());
    assertEquals(ZoneOffset.ofHours(2), m.published().offset());
    assertEquals("fr", m.language());
  }

  @Test
  void jsonLdGraphWithAuthorArrayAndReference() {
    Metadata m = read("<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
        + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site\"},"
        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Accord signé à Pyongyang\",\"datePublished\":\"2024-06-19T14:00:00Z\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jeanne Martin\"},{\"@id\":\"#p2\"}],"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Le Quotidien\"}},"
        + "{\"@type\":\"Person\",\"@id\":\"#p2\",\"name\":\"Paul Bernard\"}]}</script>"
        + "<meta property='og:title' content='Autre titre'></head><body></body></html>");
    assertEquals("Accord signé à Pyongyang", m.title());
    assertEquals(List.of("Jeanne Martin", "Paul Bernard"), m.authors());
    assertEquals("Le Quotidien", m.outlet());
    assertEquals("2024-06-19T14:00Z", m.published().iso());
  }

  @Test
  void jsonLdTopLevelArrayAndBrokenBlocks() {
    Metadata m = read("<script type='application/ld+json'>{ broken </script>"
        + "<script type='application/ld+json'>[{\"@type\":\"Article\",\"headline\":\"Titre\",\"author\":\"Anne Roy\","
        + "\"datePublished\":\"2023-01-02\"}]</script>");
    assertEquals("Titre", m.title());
    assertEquals(List.of("Anne Roy"), m.authors());
    assertEquals("2023-01-02", m.published().iso());
  }

  @Test
  void timeElementAndBylineElement() {
    Metadata m = read("<body><h1>Un titre assez long</h1><div class='byline'>Par Luc Petit</div>"
        + "<time datetime='2022-05-04T08:30'>4 mai</time></body>");
    assertEquals(List.of("Luc Petit"), m.authors());
    assertEquals("2022-05-04T08:30", m.published().iso());
    assertEquals("Un titre assez long", m.title());
  }

  @Test
  void outletNamesAreNotAuthors() {
    Metadata m = read("<head><meta property='og:site_name' content='La Gazette'><meta name='author' content='La Gazette'>"
        + "</head><body><h1>Titre de page ici</h1></body>");
    assertTrue(m.authors().isEmpty(), m.authors()::toString);
  }

  @Test
  void titleDecorationRemoved() {
    assertEquals("Le budget adopté", HtmlMetadata.narrowToHeading("Pétition : Le budget adopté", "Le budget adopté"));
    assertEquals("SiteName privacy policy", HtmlMetadata.narrowToHeading("SiteName privacy policy", "privacy policy"));
    assertEquals("Un titre", HtmlMetadata.withoutSite("Un titre | Mon Site - Le meilleur", "Mon Site - Le meilleur", null));
  }

  @Test
  void linesAroundTheHeadingCarryTheByline() {
    PageLines lines = HtmlMetadata.read("<body><nav><a>Accueil</a></nav><h1>Un titre de page</h1>"
        + "<p>Par <b>Jeanne Martin</b>, publié le 2 mars 2024</p><p>Texte.</p><footer>Le Soir avec Belga</footer></body>", null)
        .lines();
    assertTrue(lines.head().contains("Par Jeanne Martin, publié le 2 mars 2024"), lines.head()::toString);
    assertTrue(lines.tail().contains("Le Soir avec Belga") || lines.head().contains("Le Soir avec Belga"));
  }
}
