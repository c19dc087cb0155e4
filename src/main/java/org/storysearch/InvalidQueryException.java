package org.storysearch;

/** The query text or a filter could not be understood; the message says what and where. */
public class InvalidQueryException extends StorySearchException {
  private static final long serialVersionUID = 1L;

  /** A query error with a one-line message. */
  public InvalidQueryException(String message) {
    super(message);
  }
}
