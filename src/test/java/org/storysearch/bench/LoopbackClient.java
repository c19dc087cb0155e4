package org.storysearch.bench;

import java.io.BufferedInputStream;
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
 * generator of {@link ServerBenchmark}: it shares the two cores with the server, and {@code java.net.http.HttpClient}
 * (its selector thread, futures and header maps) spent about 1.5-2 ms of CPU per request there, a fifth of the
 * machine; this client does the same exchange on the wire (request, headers, the whole body, still gzipped) for less.
 */
final class LoopbackClient implements AutoCloseable {

  private final InetSocketAddress address;
  private final String host;
  private final byte[] body = new byte[16 * 1024];
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  LoopbackClient(URI root) {
    this.address = new InetSocketAddress(root.getHost(), root.getPort());
    this.host = root.getHost() + ":" + root.getPort();
  }

  /** GETs {@code pathAndQuery} (starting with {@code /}) asking for gzip, reads the whole body, returns the status. */
  int get(String pathAndQuery) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(address, 5_000);
      socket.setSoTimeout(30_000);
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      out = socket.getOutputStream();
    }
    out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nAccept-Encoding: gzip\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String status = line();
    if (status == null || !status.startsWith("HTTP/1.1 ")) {
      throw new IOException("not an HTTP/1.1 answer: " + status);
    }
    long length = -1;
    boolean close = false;
    for (String header = line(); header != null && !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).strip());
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      } else if (lower.startsWith("transfer-encoding:")) {
        throw new IOException("chunked answers are not read by this client: " + header);
      }
    }
    if (length < 0) {
      throw new IOException("an answer without Content-Length to " + pathAndQuery);
    }
    for (long left = length; left > 0; ) {
      int read = in.read(body, 0, (int) Math.min(body.length, left));
      if (read < 0) {
        throw new IOException("the answer to " + pathAndQuery + " ended early");
      }
      left -= read;
    }
    if (close) {
      close();
    }
    return Integer.parseInt(status.substring(9, 12));
  }

  /** One header line without its CRLF, or null at the end of the stream. */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        return line.isEmpty() ? null : line.toString();
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }
}
