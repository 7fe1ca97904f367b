package org.recoupe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentIdsTest {

  @Test
  void idsAreSafeFileNames() {
    assertEquals("l_ete_a_noel_2024", DocumentIds.safe("L’Été à Noël 2024"));
    assertEquals("a_b", DocumentIds.safe("../a/..\\b"));
    assertEquals("doc", DocumentIds.safe("***"));
    assertEquals("con_", DocumentIds.safe("CON"));
    assertEquals(100, DocumentIds.safe("x".repeat(300)).length());
    assertTrue(DocumentIds.safe("report.v2").matches("[a-z0-9._-]+"));
  }

  @Test
  void clashesGetANumber() {
    DocumentIds ids = new DocumentIds();
    assertEquals("a", ids.claim("a", ""));
    assertEquals("a-2", ids.claim("A", ""));
    assertEquals("a-l1", ids.claim("a", "-l1"));
    assertEquals("a-l1-2", ids.claim("a", "-l1"));
  }

  @Test
  void fileTypesStripGzipAndTheFormatExtension() {
    FileType t = FileType.of("Crawl.2024.WARC.GZ");
    assertEquals(InputFormat.WARC, t.format());
    assertTrue(t.gzip());
    assertEquals("Crawl.2024", t.baseName());
    assertEquals(InputFormat.HTML, FileType.of("a.htm").format());
    assertNull(FileType.of("a.pdf").format());
    assertNull(FileType.of("archive.gz").format());
    assertNull(FileType.of("noext").format());
  }

  @Test
  void sniffsRootElementsAndBinaryContent() {
    assertEquals("rdf:RDF", ContentSniffer.rootElement("<?xml version='1.0'?><!-- c --><!DOCTYPE x [<!ENTITY a 'b'>]><rdf:RDF xmlns:rdf='x'>"));
    assertTrue(ContentSniffer.isFeedRoot("rdf:RDF"));
    assertTrue(ContentSniffer.isFeedRoot("feed"));
    assertEquals(false, ContentSniffer.isFeedRoot("html"));
    assertNull(ContentSniffer.rootElement("no markup"));
    assertNull(ContentSniffer.binaryReason(Samples.utf8("Texte ordinaire\r\n\tavec tabulation.")));
    assertTrue(ContentSniffer.binaryReason(new byte[] {'a', 0, 'b'}).contains("NUL"));
    assertNull(ContentSniffer.binaryReason(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}));
  }
}
