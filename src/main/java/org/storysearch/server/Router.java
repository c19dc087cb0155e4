package org.storysearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Every request: size checks, the route, the method, the search gate, and the error reply when anything fails. */
final class Router implements HttpHandler {

  /** Longest request target answered; a longer one gets 414. */
  static final int MAX_URI_CHARS = 8_192;
  /** Most bytes of request headers answered; more get 431. */
  static final int MAX_HEADER_BYTES = 16_384;

  /** What a route does with a request; {@code rest} is the decoded path after the route's prefix. */
  private interface Action {
    JsonNode run(String rest, Params params) throws IOException;
  }

  /**
   * A route of the API: fixed path, or a prefix followed by one decoded value (a story id, a dimension); its requests
   * wait for a turn at {@code gate}, or run at once when it is null.
   */
  private record Route(String path, boolean takesValue, SearchGate gate, Set<String> params, Action action) {}

  private final List<Route> routes;
  private final Responses responses;
  private final StaticFiles files;
  private final PrintWriter log;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean draining;

  /**
   * Routes to {@code api}; searches wait at {@code gate}, completions at {@code suggestGate}: the first completion
   * on an index generation builds the completion index (13 s for 64k stories under the launcher), and completions
   * waiting for it must not hold the turns that searches need.
   */
  Router(Api api, Responses responses, SearchGate gate, SearchGate suggestGate, PrintWriter log) {
    this.responses = responses;
    this.files = new StaticFiles(responses);
    this.log = log;
    this.routes = List.of(
        new Route("/api/search", false, gate, Api.SEARCH_PARAMS, (rest, p) -> api.search(p)),
        new Route("/api/stories/", true, null, Api.NO_PARAMS, (id, p) -> api.story(id)),
        new Route("/api/similar/", true, gate, Api.LIMIT_PARAM, api::similar),
        new Route("/api/suggest", false, suggestGate, Api.SUGGEST_PARAMS, (rest, p) -> api.suggest(p)),
        new Route("/api/facets/", true, gate, Api.FACET_PARAMS, api::facets),
        new Route("/api/stats", false, gate, Api.NO_PARAMS, (rest, p) -> api.stats()),
        new Route("/health", false, null, Api.NO_PARAMS, (rest, p) -> api.health()));
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    inFlight.incrementAndGet();
    try {
      if (draining) {
        throw new Rejection(503, "stopping", "the server is stopping", SearchGate.RETRY_AFTER_SECONDS);
      }
      checkSize(exchange);
      String path = exchange.getRequestURI().getRawPath();
      for (Route route : routes) {
        String rest = match(route, path);
        if (rest != null) {
          if (allowed(exchange)) {
            answer(exchange, route, rest);
          }
          return;
        }
      }
      if (path.startsWith("/api/")) {
        throw Errors.notFound("no such route: " + path + " (see the README's API table)");
      }
      if (allowed(exchange)) {
        files.send(exchange, Params.decode(path.replace("+", "%2B")));
      }
    } catch (Throwable failure) {
      fail(exchange, failure);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /**
   * Turns new requests away with 503 and waits up to {@code millis} for those in flight to finish. The JDK server's
   * own {@code stop(delay)} would wait the whole delay once any client had hung up in the middle of a response, as it
   * counts that exchange as still running.
   */
  void drain(long millis) throws InterruptedException {
    draining = true;
    long end = System.nanoTime() + millis * 1_000_000;
    while (inFlight.get() > 0 && System.nanoTime() < end) {
      Thread.sleep(10);
    }
  }

  private void answer(HttpExchange exchange, Route route, String rest) throws IOException {
    Params params = Params.parse(exchange.getRequestURI().getRawQuery(), route.params());
    JsonNode body;
    if (route.gate() != null) {
      route.gate().enter();
      try {
        body = route.action().run(rest, params);
      } finally {
        route.gate().leave();
      }
    } else {
      body = route.action().run(rest, params);
    }
    responses.json(exchange, 200, body);
  }

  /** The decoded value after a value route's prefix, "" for a fixed route, null when the path is not this route. */
  private static String match(Route route, String path) {
    if (!route.takesValue()) {
      return path.equals(route.path()) ? "" : null;
    }
    if (!path.startsWith(route.path()) || path.length() == route.path().length()) {
      return null;
    }
    // A story id may contain slashes (it is the file's path by default), sent as they are or as %2F.
    return Params.decode(path.substring(route.path().length()).replace("+", "%2B"));
  }

  /** Whether the method may go on: GET and HEAD do; OPTIONS is a CORS preflight when CORS is on; else 405. */
  private boolean allowed(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (method.equals("GET") || method.equals("HEAD")) {
      return true;
    }
    if (method.equals("OPTIONS") && responses.corsEnabled()) {
      responses.preflight(exchange);
      return false;
    }
    throw new Rejection(405, "method_not_allowed", "method " + method + " is not allowed (use GET)");
  }

  private static void checkSize(HttpExchange exchange) {
    if (exchange.getRequestURI().toString().length() > MAX_URI_CHARS) {
      throw new Rejection(414, "uri_too_long", "the request URI is longer than " + MAX_URI_CHARS + " characters");
    }
    long headerBytes = 0;
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      for (String value : header.getValue()) {
        headerBytes += header.getKey().length() + value.length() + 4;
      }
    }
    if (headerBytes > MAX_HEADER_BYTES) {
      throw new Rejection(431, "headers_too_large", "the request headers are larger than " + MAX_HEADER_BYTES
          + " bytes");
    }
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (exchange.getRequestHeaders().containsKey("Transfer-Encoding") || length != null && !length.equals("0")) {
      throw new Rejection(413, "body_too_large", "this API takes no request body");
    }
  }

  private void fail(HttpExchange exchange, Throwable failure) {
    Rejection rejection = Errors.of(failure);
    if (rejection.status() == 500) {
      log.println("storysearch: internal error on " + exchange.getRequestMethod() + " "
          + exchange.getRequestURI().getRawPath() + ": " + failure);
    }
    try {
      if (exchange.getResponseCode() == -1) {
        responses.error(exchange, rejection);
      }
    } catch (IOException | RuntimeException gone) {
      // The client went away while the error was written: there is nobody left to tell.
    } finally {
      exchange.close();
    }
  }
}
