package org.storysearch.server;

/** A request the server answers with an error status, its code and a message for the client. */
final class Rejection extends RuntimeException {

  private final int status;
  private final String code;
  private final int retryAfterSeconds;

  Rejection(int status, String code, String message, int retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  Rejection(int status, String code, String message) {
    this(status, code, message, 0);
  }

  /** The HTTP status. */
  int status() {
    return status;
  }

  /** The machine-readable error code of the JSON body. */
  String code() {
    return code;
  }

  /** Seconds for the {@code Retry-After} header, 0 for none. */
  int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
