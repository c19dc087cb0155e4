package org.storysearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection that sends GET requests one after another and reads each whole answer. The load
 * generator of {@link ServerBenchmark}: it shares the two cores with the server, so it does what wrk does and no more
 * (request out, status and headers parsed from its own buffer, the body read and dropped, still gzipped).
 * {@code java.net.http.HttpClient} (its selector thread, futures and header maps) spent about 1.5-2 ms of CPU per
 * request there, a fifth of the machine.
 */
final class LoopbackClient implements AutoCloseable {

  private final InetSocketAddress address;
  private final String requestTail;
  private final byte[] buffer = new byte[64 * 1024];
  /** The bytes read but not yet used: {@code buffer[start, end)}. */
  private int start;
  private int end;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  LoopbackClient(URI root) {
    this.address = new InetSocketAddress(root.getHost(), root.getPort());
    this.requestTail = " HTTP/1.1\r\nHost: " + root.getHost() + ":" + root.getPort()
        + "\r\nAccept-Encoding: gzip\r\n\r\n";
  }

  /** GETs {@code pathAndQuery} (starting with {@code /}) asking for gzip, reads the whole body, returns the status. */
  int get(String pathAndQuery) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(address, 5_000);
      socket.setSoTimeout(30_000);
      in = socket.getInputStream();
      out = socket.getOutputStream();
      start = 0;
      end = 0;
    }
    out.write(("GET " + pathAndQuery + requestTail).getBytes(StandardCharsets.US_ASCII));
    String[] head = head(pathAndQuery).split("\r\n");
    if (!head[0].startsWith("HTTP/1.1 ")) {
      throw new IOException("not an HTTP/1.1 answer: " + head[0]);
    }
    long length = -1;
    boolean close = false;
    for (int i = 1; i < head.length; i++) {
      String lower = head[i].toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).strip());
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      } else if (lower.startsWith("transfer-encoding:")) {
        throw new IOException("chunked answers are not read by this client: " + head[i]);
      }
    }
    if (length < 0) {
      throw new IOException("an answer without Content-Length to " + pathAndQuery);
    }
    skipBody(length, pathAndQuery);
    if (close) {
      close();
    }
    return Integer.parseInt(head[0].substring(9, 12));
  }

  /** The status line and headers, up to the blank line that ends them (which is consumed, not returned). */
  private String head(String pathAndQuery) throws IOException {
    for (int scanned = start; ; ) {
      for (; scanned + 3 < end; scanned++) {
        if (buffer[scanned] == '\r' && buffer[scanned + 1] == '\n' && buffer[scanned + 2] == '\r'
            && buffer[scanned + 3] == '\n') {
          String head = new String(buffer, start, scanned - start, StandardCharsets.ISO_8859_1);
          start = scanned + 4;
          return head;
        }
      }
      if (start > 0) {
        System.arraycopy(buffer, start, buffer, 0, end - start);
        scanned -= start;
        end -= start;
        start = 0;
      }
      if (end == buffer.length) {
        throw new IOException("headers longer than " + buffer.length + " bytes in the answer to " + pathAndQuery);
      }
      int read = in.read(buffer, end, buffer.length - end);
      if (read < 0) {
        throw new IOException("the connection closed before the answer to " + pathAndQuery);
      }
      end += read;
    }
  }

  /** Reads and drops {@code length} bytes of body, those already in the buffer first. */
  private void skipBody(long length, String pathAndQuery) throws IOException {
    int buffered = (int) Math.min(length, end - start);
    start += buffered;
    for (long left = length - buffered; left > 0; ) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new IOException("the answer to " + pathAndQuery + " ended early");
      }
      left -= read;
    }
    if (start == end) {
      start = 0;
      end = 0;
    }
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }
}
