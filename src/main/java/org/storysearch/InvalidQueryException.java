package org.storysearch;

import java.util.List;
import java.util.Objects;

/**
 * The query text, a filter or a paging setting could not be understood; the message says what and where, and
 * {@link #kind()} with {@link #values()} give the facts to clients that phrase the failure their own way.
 */
public class InvalidQueryException extends StorySearchException {
  private static final long serialVersionUID = 1L;

  /** What could not be understood. */
  public enum Kind {
    /** The query text or a facet name (the message says what). */
    QUERY,
    /** The earliest date is after the latest; values: the two dates. */
    DATE_RANGE,
    /**
     * A date outside the range the index can hold; values: which bound ({@code earliest} or {@code latest}), the
     * date, the first and the last date allowed.
     */
    DATE_OUT_OF_RANGE,
    /** A page token and an offset were both given. */
    TOKEN_WITH_OFFSET,
    /** The page token was not issued by storysearch. */
    BAD_TOKEN,
    /** The page token belongs to a search in another order; values: that order, lower case. */
    TOKEN_ORDER
  }

  private final Kind kind;
  private final List<String> values;

  /** A query error with a one-line message. */
  public InvalidQueryException(String message) {
    this(Kind.QUERY, message);
  }

  /** An error of {@code kind} with a one-line message and the values involved. */
  public InvalidQueryException(Kind kind, String message, String... values) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.values = List.of(values);
  }

  /** What could not be understood. */
  public Kind kind() {
    return kind;
  }

  /** The values involved, as each kind documents; empty for most. */
  public List<String> values() {
    return values;
  }
}
