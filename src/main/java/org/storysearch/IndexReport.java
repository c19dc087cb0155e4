package org.storysearch;

import java.util.List;
import java.util.Objects;

/**
 * What an index run did.
 *
 * @param added stories new to the index
 * @param updated stories whose file changed since the last run, written again
 * @param deleted stories removed because their file is gone (or now skipped)
 * @param unchanged stories whose file has the same content as at the last run, left as they were
 * @param problems files skipped or indexed with warnings, in corpus order (warnings of unchanged files included)
 * @param seconds wall time of the run
 * @param rebuildReason why the index was rebuilt from scratch, or empty when the run was incremental
 */
public record IndexReport(int added, int updated, int deleted, int unchanged, List<StoryProblem> problems,
    double seconds, String rebuildReason) {

  /** Copies the problem list. */
  public IndexReport {
    problems = List.copyOf(problems);
    rebuildReason = Objects.requireNonNullElse(rebuildReason, "");
  }

  /** Stories in the index from this corpus after the run: added, updated and unchanged. */
  public int indexed() {
    return added + updated + unchanged;
  }

  /** Whether the index was rebuilt from scratch rather than updated. */
  public boolean rebuilt() {
    return !rebuildReason.isEmpty();
  }

  /** Number of files left out of the index. */
  public long skipped() {
    return problems.stream().filter(StoryProblem::skipped).count();
  }

  /** Number of problems that are warnings on indexed stories. */
  public long warnings() {
    return problems.size() - skipped();
  }

  /** Stories indexed (including unchanged ones) per second of wall time. */
  public double storiesPerSecond() {
    return seconds > 0 ? indexed() / seconds : 0;
  }
}
