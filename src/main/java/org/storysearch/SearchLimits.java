package org.storysearch;

import java.time.Duration;
import java.util.Objects;

/**
 * What one request may cost, checked before the expensive work: going over a limit is a {@link QueryLimitException}
 * that names the limit. Pass limits when opening an archive ({@link StoryArchive#open(java.nio.file.Path,
 * SearchLimits)}); {@link #defaults()} are meant for a server open to anyone, the {@code with...} methods change one.
 *
 * @param maxQueryLength characters of query text (also of a {@code suggest} prefix)
 * @param maxDepth nesting depth of parentheses in the query text
 * @param maxClauses clauses of the query once expanded: every word counts once per field it is searched in, a fuzzy
 *     word as many times as it may expand ({@code fuzzyExpansions} per field); at most Lucene's global
 *     {@code IndexSearcher.getMaxClauseCount()} (1024 unless the embedding application raises it)
 * @param fuzzyExpansions terms a fuzzy word ({@code word~}, or a typo searched with typo tolerance) expands to in each
 *     field: the closest ones
 * @param maxRegexpLength characters of one regular expression ({@code /.../}), a repeat {@code {n,m}} counting as
 *     {@code m} more
 * @param automatonWork work allowed to turn one regular expression or wildcard into a term automaton (Lucene's
 *     determinize work limit)
 * @param spellingLookups words of one query looked up in the spelling vocabulary (typo tolerance and did-you-mean);
 *     the words after them are searched as typed
 * @param resultWindow {@code offset + limit} of a search; deeper pages are read with page tokens
 *     ({@link SearchRequest#withAfter}), which cost the same at any depth
 * @param maxFacetValues values per facet in a search and per page of {@link StoryArchive#facetValues}
 * @param maxSimilar stories one {@link StoryArchive#similar} call lists
 * @param maxSuggestions completions one {@link StoryArchive#suggest} call lists
 * @param timeBudget time one search or facet browse may take; over it, the request fails
 */
public record SearchLimits(int maxQueryLength, int maxDepth, int maxClauses, int fuzzyExpansions, int maxRegexpLength,
    int automatonWork, int spellingLookups, int resultWindow, int maxFacetValues, int maxSimilar, int maxSuggestions,
    Duration timeBudget) {

  private static final SearchLimits DEFAULTS = new SearchLimits(4_096, 20, 1_024, 10, 200, 10_000, 5, 1_000, 1_000,
      100, 100, Duration.ofSeconds(1));

  /** Validates: every limit at least 1, the budget positive. */
  public SearchLimits {
    Objects.requireNonNull(timeBudget, "timeBudget");
    if (Math.min(Math.min(Math.min(maxQueryLength, maxDepth), Math.min(maxClauses, fuzzyExpansions)),
        Math.min(Math.min(Math.min(maxRegexpLength, automatonWork), Math.min(spellingLookups, resultWindow)),
            Math.min(maxFacetValues, Math.min(maxSimilar, maxSuggestions)))) < 1) {
      throw new IllegalArgumentException("every search limit must be at least 1");
    }
    if (timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("the time budget must be positive");
    }
  }

  /**
   * The defaults: 4,096 query characters, depth 20, 1,024 clauses, 10 expansions per fuzzy word and field, regular
   * expressions of 200 characters and 10,000 units of automaton work, 5 spelling lookups, a result window of 1,000,
   * 1,000 facet values, 100 similar stories, 100 suggestions, one second per search.
   */
  public static SearchLimits defaults() {
    return DEFAULTS;
  }

  /** These limits with another {@link #maxQueryLength()}. */
  public SearchLimits withMaxQueryLength(int chars) {
    return new SearchLimits(chars, maxDepth, maxClauses, fuzzyExpansions, maxRegexpLength, automatonWork,
        spellingLookups, resultWindow, maxFacetValues, maxSimilar, maxSuggestions, timeBudget);
  }

  /** These limits with another {@link #maxDepth()}. */
  public SearchLimits withMaxDepth(int depth) {
    return new SearchLimits(maxQueryLength, depth, maxClauses, fuzzyExpansions, maxRegexpLength, automatonWork,
        spellingLookups, resultWindow, maxFacetValues, maxSimilar, maxSuggestions, timeBudget);
  }

  /** These limits with another {@link #maxClauses()}. */
  public SearchLimits withMaxClauses(int clauses) {
    return new SearchLimits(maxQueryLength, maxDepth, clauses, fuzzyExpansions, maxRegexpLength, automatonWork,
        spellingLookups, resultWindow, maxFacetValues, maxSimilar, maxSuggestions, timeBudget);
  }

  /** These limits with another {@link #fuzzyExpansions()}. */
  public SearchLimits withFuzzyExpansions(int terms) {
    return new SearchLimits(maxQueryLength, maxDepth, maxClauses, terms, maxRegexpLength, automatonWork,
        spellingLookups, resultWindow, maxFacetValues, maxSimilar, maxSuggestions, timeBudget);
  }

  /** These limits with another {@link #maxRegexpLength()}. */
  public SearchLimits withMaxRegexpLength(int chars) {
    return new SearchLimits(maxQueryLength, maxDepth, maxClauses, fuzzyExpansions, chars, automatonWork,
        spellingLookups, resultWindow, maxFacetValues, maxSimilar, maxSuggestions, timeBudget);
  }

  /** These limits with another {@link #automatonWork()}. */
  public SearchLimits withAutomatonWork(int work) {
    return new SearchLimits(maxQueryLength, maxDepth, maxClauses, fuzzyExpansions, maxRegexpLength, work,
        spellingLookups, resultWindow, maxFacetValues, maxSimilar, maxSuggestions, timeBudget);
  }

  /** These limits with another {@link #spellingLookups()}. */
  public SearchLimits withSpellingLookups(int words) {
    return new SearchLimits(maxQueryLength, maxDepth, maxClauses, fuzzyExpansions, maxRegexpLength, automatonWork,
        words, resultWindow, maxFacetValues, maxSimilar, maxSuggestions, timeBudget);
  }

  /** These limits with another {@link #resultWindow()}. */
  public SearchLimits withResultWindow(int hits) {
    return new SearchLimits(maxQueryLength, maxDepth, maxClauses, fuzzyExpansions, maxRegexpLength, automatonWork,
        spellingLookups, hits, maxFacetValues, maxSimilar, maxSuggestions, timeBudget);
  }

  /** These limits with another {@link #maxFacetValues()}. */
  public SearchLimits withMaxFacetValues(int values) {
    return new SearchLimits(maxQueryLength, maxDepth, maxClauses, fuzzyExpansions, maxRegexpLength, automatonWork,
        spellingLookups, resultWindow, values, maxSimilar, maxSuggestions, timeBudget);
  }

  /** These limits with another {@link #maxSimilar()}. */
  public SearchLimits withMaxSimilar(int stories) {
    return new SearchLimits(maxQueryLength, maxDepth, maxClauses, fuzzyExpansions, maxRegexpLength, automatonWork,
        spellingLookups, resultWindow, maxFacetValues, stories, maxSuggestions, timeBudget);
  }

  /** These limits with another {@link #maxSuggestions()}. */
  public SearchLimits withMaxSuggestions(int completions) {
    return new SearchLimits(maxQueryLength, maxDepth, maxClauses, fuzzyExpansions, maxRegexpLength, automatonWork,
        spellingLookups, resultWindow, maxFacetValues, maxSimilar, completions, timeBudget);
  }

  /** These limits with another {@link #timeBudget()}. */
  public SearchLimits withTimeBudget(Duration budget) {
    return new SearchLimits(maxQueryLength, maxDepth, maxClauses, fuzzyExpansions, maxRegexpLength, automatonWork,
        spellingLookups, resultWindow, maxFacetValues, maxSimilar, maxSuggestions, budget);
  }
}
