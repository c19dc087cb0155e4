package org.storysearch;

import java.util.List;
import java.util.Objects;

/**
 * What {@code storysearch check} found in a corpus, without writing an index.
 *
 * @param files story files found
 * @param stories files that read as a story (would be indexed)
 * @param problems files that would be skipped or indexed with warnings, in corpus order
 * @param issues archive hygiene findings, by kind and then corpus order
 * @param config the configuration file the corpus was read with ({@code storysearch.toml}), or empty when none
 * @param coverage how many of the stories have a title, a date, an author, tags and a domain
 */
public record CheckReport(int files, int stories, List<StoryProblem> problems, List<HygieneIssue> issues,
    String config, Coverage coverage) {

  /** Copies the lists. */
  public CheckReport {
    problems = List.copyOf(problems);
    issues = List.copyOf(issues);
    config = Objects.requireNonNullElse(config, "");
    Objects.requireNonNull(coverage, "coverage");
  }

  /** Whether nothing at all was found. */
  public boolean clean() {
    return problems.isEmpty() && issues.isEmpty();
  }

  /** Number of files that would be left out of the index. */
  public long skipped() {
    return problems.stream().filter(StoryProblem::skipped).count();
  }

  /** Number of warnings on files that would be indexed. */
  public long warnings() {
    return problems.size() - skipped();
  }
}
