package org.storysearch;

/** Told how an index run advances; called from indexing threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total) -> { };

  /** {@code done} of {@code total} corpus files have been read. */
  void progress(int done, int total);
}
