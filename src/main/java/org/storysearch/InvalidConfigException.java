package org.storysearch;

/** A corpus configuration file ({@code storysearch.toml}) that cannot be used; the message names its file and line. */
public class InvalidConfigException extends StorySearchException {
  private static final long serialVersionUID = 1L;

  /** A configuration error with a one-line {@code file:line: reason} message. */
  public InvalidConfigException(String message) {
    super(message);
  }

  /** A configuration error with a one-line message and its cause. */
  public InvalidConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
