package org.storysearch.story;

/** A file that cannot be read as a story; carries the 1-based line of the problem, or 0. */
final class FormatException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int line;

  FormatException(int line, String reason) {
    super(reason);
    this.line = line;
  }

  int line() {
    return line;
  }
}
