package org.storysearch;

import java.nio.file.Path;
import java.util.Objects;
import org.storysearch.index.StoryFields;

/**
 * The index cannot be used: missing, locked, damaged, of another schema version, not writable, or on a cluster that
 * cannot be reached. The facts are {@link #index()}, {@link #reason()} and {@link #detail()}, so that each client
 * can say what to do its own way.
 */
public class IndexUnavailableException extends StorySearchException {
  private static final long serialVersionUID = 1L;

  /** Why the index cannot be used. */
  public enum Reason {
    /** There is no index in the folder (or no folder). */
    MISSING,
    /** Another writer holds the index's write lock. */
    LOCKED,
    /** The index files are corrupt or truncated; a rebuild replaces them. */
    DAMAGED,
    /** The index was written with another schema version; a rebuild makes it usable again. */
    OUTDATED,
    /** The index folder cannot be written (permissions, full disk); the previous index is unchanged. */
    UNWRITABLE,
    /** An OpenSearch cluster ({@link #index()} is its host:port) cannot be reached or refused a request. */
    UNREACHABLE
  }

  private final transient Path index;
  private final Reason reason;
  private final String detail;

  /**
   * An unavailable index.
   *
   * @param detail what the reason alone does not say: the Lucene failure's name for {@code DAMAGED}, the schema
   *     version found for {@code OUTDATED}, the system's reason for {@code UNWRITABLE}, the cluster's URL, what was being done and its reply for
   *     {@code UNREACHABLE}; else empty
   */
  public IndexUnavailableException(Path index, Reason reason, String detail, Throwable cause) {
    super(message(index, reason, detail), cause);
    this.index = Objects.requireNonNull(index, "index");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.detail = Objects.requireNonNullElse(detail, "");
  }

  /** The index folder. */
  public Path index() {
    return index;
  }

  /** Why it cannot be used. */
  public Reason reason() {
    return reason;
  }

  /** The failure's name, the schema version found or the system's reason (see the constructor); may be empty. */
  public String detail() {
    return detail;
  }

  private static String message(Path index, Reason reason, String detail) {
    return switch (reason) {
      case MISSING -> "no index at " + index;
      case LOCKED -> "index at " + index + " is locked by another writer";
      case DAMAGED -> "index at " + index + " is damaged or unreadable (" + detail + "); a rebuild replaces it";
      case OUTDATED -> "index at " + index + " has schema version " + detail + ", this storysearch reads version "
          + StoryFields.SCHEMA_VERSION + "; a rebuild makes it current";
      case UNWRITABLE -> "cannot write the index at " + index + " (" + detail + "); the previous index is unchanged";
      case UNREACHABLE -> detail;
    };
  }
}
