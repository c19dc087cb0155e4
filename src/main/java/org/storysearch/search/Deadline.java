package org.storysearch.search;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;
import org.storysearch.QueryLimitException;
import org.storysearch.SearchLimits;

/**
 * The end of one request's time budget. Lucene's searcher asks it while collecting; the phases around collection
 * (parsing, spelling, snippets) ask it with {@link #check()} between steps.
 */
final class Deadline implements QueryTimeout {

  private final long budgetMillis;
  private final long end;

  private Deadline(Duration budget) {
    this.budgetMillis = budget.toMillis();
    this.end = System.nanoTime() + budget.toNanos();
  }

  /** A deadline {@code limits.timeBudget()} from now. */
  static Deadline of(SearchLimits limits) {
    return new Deadline(limits.timeBudget());
  }

  @Override
  public boolean shouldExit() {
    return System.nanoTime() - end > 0;
  }

  /** Fails when the budget is spent. */
  void check() {
    if (shouldExit()) {
      throw exceeded();
    }
  }

  /** The failure of a request over its budget. */
  QueryLimitException exceeded() {
    return new QueryLimitException("timeBudget", budgetMillis, "the search took longer than its time budget of "
        + budgetMillis + " ms (timeBudget; ask for fewer hits, or make the query more specific: fewer wildcards, "
        + "fuzzy words or words)");
  }
}
