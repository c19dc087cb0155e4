package org.storysearch.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.storysearch.json.Json;

/** Writes responses: the security headers on every one, CORS when enabled, gzip when it pays. */
final class Responses {

  /** Bodies shorter than this are sent as they are: compressing them saves less than a packet. */
  static final int GZIP_MIN_BYTES = 1024;

  // No inline script or style anywhere; the page may only talk to this server and may not be framed.
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";

  static final String JSON = "application/json; charset=utf-8";

  private final String corsOrigin;

  /** Writes responses, allowing {@code corsOrigin} to read them from a page of its own ({@code null}: nobody). */
  Responses(String corsOrigin) {
    this.corsOrigin = corsOrigin;
  }

  /** {@code node} as a JSON response that is never cached. */
  void json(HttpExchange exchange, int status, JsonNode node) throws IOException {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    byte[] body = utf8(node);
    send(exchange, status, JSON, body, () -> gzip(body, Deflater.BEST_SPEED));
  }

  /** The JSON error body of {@code rejection}, with {@code Retry-After} and {@code Allow} where they belong. */
  void error(HttpExchange exchange, Rejection rejection) throws IOException {
    if (rejection.retryAfterSeconds() > 0) {
      exchange.getResponseHeaders().set("Retry-After", Integer.toString(rejection.retryAfterSeconds()));
    }
    if (rejection.status() == 405) {
      exchange.getResponseHeaders().set("Allow", corsOrigin == null ? "GET, HEAD" : "GET, HEAD, OPTIONS");
    }
    json(exchange, rejection.status(), Errors.body(rejection));
  }

  /**
   * Sends {@code body}, or what {@code gzipped} gives when the client accepts gzip and the body is large enough
   * ({@code gzipped} null: never compressed). No body for {@code HEAD}, 204 or 304.
   */
  void send(HttpExchange exchange, int status, String type, byte[] body, Supplier<byte[]> gzipped)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    secure(headers);
    allowOrigin(exchange);
    headers.set("Content-Type", type);
    byte[] bytes = body;
    if (gzipped != null && body.length >= GZIP_MIN_BYTES) {
      headers.add("Vary", "Accept-Encoding");
      if (acceptsGzip(exchange)) {
        bytes = gzipped.get();
        headers.set("Content-Encoding", "gzip");
      }
    }
    boolean noBody = exchange.getRequestMethod().equals("HEAD") || status == 304 || status == 204;
    if (noBody) {
      exchange.sendResponseHeaders(status, -1);
    } else {
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }

  /** The answer to a CORS preflight ({@code OPTIONS}) when CORS is enabled. */
  void preflight(HttpExchange exchange) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Access-Control-Allow-Methods", "GET, HEAD");
    headers.set("Access-Control-Max-Age", "600");
    send(exchange, 204, JSON, new byte[0], null);
  }

  /** Whether CORS is enabled. */
  boolean corsEnabled() {
    return corsOrigin != null;
  }

  private static void secure(Headers headers) {
    headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
  }

  private void allowOrigin(HttpExchange exchange) {
    if (corsOrigin == null) {
      return;
    }
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    exchange.getResponseHeaders().add("Vary", "Origin");
    if (corsOrigin.equals("*") || corsOrigin.equals(origin)) {
      exchange.getResponseHeaders().set("Access-Control-Allow-Origin", corsOrigin);
    }
  }

  /** Whether the request's {@code Accept-Encoding} names gzip without refusing it ({@code q=0}). */
  static boolean acceptsGzip(HttpExchange exchange) {
    for (String header : exchange.getRequestHeaders().getOrDefault("Accept-Encoding", List.of())) {
      for (String coding : header.split(",")) {
        String[] parts = coding.strip().toLowerCase(Locale.ROOT).split(";");
        if (parts[0].strip().equals("gzip")) {
          return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
        }
      }
    }
    return false;
  }

  /**
   * {@code body} gzipped at {@code level}. An API answer is compressed for each request, at the fastest level (as
   * nginx does by default): on a 7.7 KB search answer it takes 80 us instead of 140 at the default level, for 33%
   * of the size instead of 30% (BENCHMARKS.md, "Issue 12, second follow-up").
   */
  static byte[] gzip(byte[] body, int level) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out) {
      {
        def.setLevel(level);
      }
    }) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(JsonNode node) {
    try {
      return Json.MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
