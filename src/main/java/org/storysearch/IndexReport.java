package org.storysearch;

import java.util.List;

/**
 * What an index run did.
 *
 * @param indexed stories written to the index
 * @param problems files skipped or indexed with warnings, in corpus order
 * @param seconds wall time of the run
 */
public record IndexReport(int indexed, List<StoryProblem> problems, double seconds) {

  /** Copies the problem list. */
  public IndexReport {
    problems = List.copyOf(problems);
  }

  /** Number of files left out of the index. */
  public long skipped() {
    return problems.stream().filter(StoryProblem::skipped).count();
  }

  /** Stories indexed per second of wall time. */
  public double storiesPerSecond() {
    return seconds > 0 ? indexed / seconds : 0;
  }
}
