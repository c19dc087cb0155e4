package org.storysearch.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.storysearch.CorpusUnavailableException;
import org.storysearch.IndexUnavailableException;
import org.storysearch.InvalidQueryException;
import org.storysearch.QueryLimitException;
import org.storysearch.json.Json;

/** The one place where a failure becomes an HTTP status and a JSON error body. */
final class Errors {

  /** Seconds a client is told to wait before asking again when the index cannot be read. */
  static final int UNAVAILABLE_RETRY_SECONDS = 5;

  private Errors() {}

  /** The rejection that answers {@code failure}. */
  static Rejection of(Throwable failure) {
    return switch (failure) {
      case Rejection rejection -> rejection;
      // Before InvalidQueryException, which it extends: a request over one of the archive's SearchLimits.
      case QueryLimitException over -> new Rejection(400, "limit_exceeded", over.getMessage());
      case InvalidQueryException invalid -> new Rejection(400, "invalid_query", invalid.getMessage());
      case IndexUnavailableException unavailable -> new Rejection(503, "index_unavailable", unavailable.getMessage(),
          UNAVAILABLE_RETRY_SECONDS);
      // No route reads the corpus today (watch mode logs its own failures); a route that does answers 503 too.
      case CorpusUnavailableException corpus -> new Rejection(503, "corpus_unavailable", corpus.getMessage(),
          UNAVAILABLE_RETRY_SECONDS);
      // SearchRequest's own checks of numbers a client sent.
      case IllegalArgumentException invalid -> new Rejection(400, "invalid_parameter", invalid.getMessage());
      case IOException io -> new Rejection(503, "index_unavailable", "cannot read the index ("
          + io.getClass().getSimpleName() + ")", UNAVAILABLE_RETRY_SECONDS);
      default -> new Rejection(500, "internal_error", "internal error (a bug; the server log has the details)");
    };
  }

  /** The JSON body {@code {"error": {"code", "message"}}}. */
  static ObjectNode body(Rejection rejection) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.putObject("error").put("code", rejection.code()).put("message", rejection.getMessage());
    return root;
  }

  /** 404 for an unknown story, route or file. */
  static Rejection notFound(String message) {
    return new Rejection(404, "not_found", message);
  }

  /** 400 for a parameter that is missing, repeated, unknown or not of its type. */
  static Rejection badParameter(String message) {
    return new Rejection(400, "invalid_parameter", message);
  }
}
