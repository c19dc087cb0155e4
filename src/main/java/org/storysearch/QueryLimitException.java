package org.storysearch;

/**
 * A query or request goes over one of the archive's {@link SearchLimits}: the message names the limit, its value and
 * what to do; {@link #limit()} and {@link #value()} say the same for programs (an HTTP server answers 400).
 */
public class QueryLimitException extends InvalidQueryException {
  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long value;

  /**
   * A limit that was exceeded.
   *
   * @param limit the limit's name, as its {@link SearchLimits} accessor ({@code maxClauses})
   * @param value the limit's value
   * @param message one line: what went over the limit and what to do
   */
  public QueryLimitException(String limit, long value, String message) {
    super(message);
    this.limit = limit;
    this.value = value;
  }

  /** The name of the limit, as its {@link SearchLimits} accessor. */
  public String limit() {
    return limit;
  }

  /** The limit's value. */
  public long value() {
    return value;
  }
}
