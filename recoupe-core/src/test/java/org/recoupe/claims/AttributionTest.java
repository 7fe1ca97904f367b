package org.recoupe.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoupe.claims.Attribution.Kind;
import org.recoupe.document.Metadata;

/** Who a claim is attributed to, on sentences written for the test. */
class AttributionTest {

  private static Attribution fr(String sentence) {
    return Analyzed.last(sentence, "fr").attribution();
  }

  private static Attribution en(String sentence) {
    return Analyzed.last(sentence, "en").attribution();
  }

  @Test
  void theOutletByDefaultAndItsCreditedAgency() {
    Metadata lemonde = Metadata.EMPTY.withLanguage("fr").withOutlet("Le Monde");
    Claim own = Analyzed.of("La mairie a fermé la piscine municipale lundi.", lemonde).get(ClaimKeys.CLAIMS).get(0);
    assertEquals(Kind.OUTLET, own.attribution().kind());
    assertEquals("Le Monde", own.attribution().name());
    Claim wire = Analyzed.of("La mairie a fermé la piscine municipale lundi.", lemonde.withAgencies(List.of("AFP")))
        .get(ClaimKeys.CLAIMS).get(0);
    assertEquals(Kind.AGENCY, wire.attribution().kind());
    assertEquals("AFP", wire.attribution().name());
  }

  @Test
  void reportedSourcesInFrench() {
    Attribution selon = fr("Selon les Occidentaux, la Corée du Nord livre des munitions à la Russie.");
    assertEquals(Kind.SOURCE, selon.kind());
    assertEquals("les Occidentaux", selon.name());
    Attribution dapres = fr("D'après la police, trois manifestants ont été interpellés.");
    assertEquals("la police", dapres.name());
    Attribution frame = fr("Les responsables américains ont affirmé que Pyongyang avait livré des missiles.");
    assertEquals("Les responsables américains", frame.name());
    assertEquals("ont affirmé", frame.cue());
    Attribution agencies = fr("Les deux dirigeants ont signé un accord, ont rapporté les agences de presse russes.");
    assertEquals(Kind.AGENCY, agencies.kind());
    assertEquals("les agences de presse russes", agencies.name());
    Attribution afp = fr("Le séisme a fait douze morts (AFP).");
    assertEquals(Kind.AGENCY, afp.kind());
    assertEquals("AFP", afp.name());
  }

  @Test
  void reportedSourcesInEnglish() {
    Attribution officials = en("Pyongyang supplied dozens of missiles to Moscow, US officials said.");
    assertEquals(Kind.SOURCE, officials.kind());
    assertEquals("US officials", officials.name());
    Attribution according = en("According to Reuters, the talks lasted two hours.");
    assertEquals(Kind.AGENCY, according.kind());
    Attribution that = en("The ministry said that the border was closed on Monday.");
    assertEquals("The ministry", that.name());
  }

  @Test
  void aPronounSourceIsTheOnePersonBefore() {
    List<Claim> cs = Analyzed.claims("Iouri Ouchakov a rencontré les journalistes mardi.\n\n"
        + "Selon lui, le président a offert une voiture à son homologue.", "fr");
    assertEquals(List.of("Iouri Ouchakov"), cs.get(cs.size() - 1).attribution().names());
  }
}
