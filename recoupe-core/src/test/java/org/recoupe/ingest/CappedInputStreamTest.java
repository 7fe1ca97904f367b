package org.recoupe.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CappedInputStreamTest {
  private static InputStream capped(int size, long cap) {
    return new CappedInputStream(new ByteArrayInputStream(new byte[size]), cap);
  }

  @Test
  void readsUpToTheCap() throws IOException {
    assertEquals(100, capped(100, 100).readAllBytes().length);
    assertEquals(100, capped(100, Long.MAX_VALUE).readAllBytes().length);
  }

  @Test
  void failsOneBytePastTheCap() {
    assertThrows(CappedInputStream.TooLargeException.class, () -> capped(101, 100).readAllBytes());
    assertThrows(CappedInputStream.TooLargeException.class, () -> capped(101, 100).skip(200));
  }

  @Test
  void zeroLengthReadsAndHeadsOfLongStreams() throws IOException {
    InputStream in = capped(20_000, 1_000_000);
    assertEquals(0, in.read(new byte[4], 4, 0));
    assertArrayEquals(new byte[8192], in.readNBytes(8192));
  }
}
