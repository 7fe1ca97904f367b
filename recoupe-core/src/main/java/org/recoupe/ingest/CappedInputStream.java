package org.recoupe.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails with {@link TooLargeException} as soon as more than a set number of bytes has been read,
 * so that a decompression bomb is stopped after the cap instead of being read to its end.
 */
final class CappedInputStream extends FilterInputStream {
  private final long cap;
  private long count;

  CappedInputStream(InputStream in, long cap) {
    super(in);
    this.cap = cap;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = super.read(buf, off, (int) Math.min(len, room()));
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, room()));
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** One byte more than the cap allows, so that going over is noticed; never negative. */
  private long room() {
    long room = cap - count + 1;
    return room > 0 ? room : Long.MAX_VALUE;
  }

  private void count(long n) throws TooLargeException {
    count += n;
    if (count > cap) {
      throw new TooLargeException(cap);
    }
  }

  /** Thrown when the content goes over the cap. */
  static final class TooLargeException extends IOException {
    TooLargeException(long cap) {
      super("content is larger than the cap of " + cap + " bytes after decompression (stopped reading there)");
    }
  }
}
