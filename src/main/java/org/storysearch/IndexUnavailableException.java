package org.storysearch;

/** The index (or corpus) cannot be used: missing, locked, corrupt or built by another schema version. */
public class IndexUnavailableException extends StorySearchException {
  private static final long serialVersionUID = 1L;

  /** An unavailable index with a one-line message that says what to do. */
  public IndexUnavailableException(String message) {
    super(message);
  }

  /** An unavailable index with a one-line message and its cause. */
  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
