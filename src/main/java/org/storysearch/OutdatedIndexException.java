package org.storysearch;

/** The index was built with another schema version: it opens again after a rebuild. */
public class OutdatedIndexException extends IndexUnavailableException {
  private static final long serialVersionUID = 1L;

  /** An outdated index with a one-line message that says how to rebuild it. */
  public OutdatedIndexException(String message) {
    super(message);
  }
}
