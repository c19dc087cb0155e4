package org.storysearch;

/** Base of every failure storysearch reports to its callers; the message is one line meant for a person. */
public class StorySearchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a one-line message. */
  public StorySearchException(String message) {
    super(message);
  }

  /** A failure with a one-line message and its cause. */
  public StorySearchException(String message, Throwable cause) {
    super(message, cause);
  }
}
