package org.storysearch;

import java.time.Instant;
import java.util.Objects;

/**
 * Which commit of an index a search sees: each index run that changes something makes a new one.
 *
 * @param generation the commit's number, larger for every later commit
 * @param committedAt when the commit was written (its commit file's modification time)
 * @param stories number of stories in that commit
 */
public record IndexVersion(long generation, Instant committedAt, int stories) {

  /** Validates the fields. */
  public IndexVersion {
    Objects.requireNonNull(committedAt, "committedAt");
  }
}
