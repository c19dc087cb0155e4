package org.storysearch;

import java.util.List;
import java.util.Objects;

/**
 * One page of results.
 *
 * @param request the request that produced them
 * @param total exact number of matching stories
 * @param tookMillis time spent searching, highlighting and counting
 * @param hits this page of hits, best first
 * @param facets facet counts over all matches; a dimension the request filters on is counted as if it were not
 *     filtered (multi-select), the other dimensions reflect every filter
 * @param didYouMean a corrected query with more hits, or empty when none was found or needed
 * @param searchedQuery the query text actually searched: the request's, or {@code didYouMean} when the request had
 *     no hits and asked for corrections
 * @param fuzzyWords words that matched nothing in the index and were searched with typo tolerance instead
 * @param histogram matching stories per period, oldest first (undated stories left out)
 * @param nextAfter page token for the page after this one ({@link SearchRequest#withAfter}), or empty on the last
 */
public record SearchResults(SearchRequest request, long total, long tookMillis, List<Hit> hits,
    FacetCounts facets, String didYouMean, String searchedQuery, List<String> fuzzyWords, List<DateCount> histogram,
    String nextAfter) {

  /** Validates and copies. */
  public SearchResults {
    Objects.requireNonNull(request, "request");
    hits = List.copyOf(hits);
    Objects.requireNonNull(facets, "facets");
    didYouMean = Objects.requireNonNullElse(didYouMean, "");
    searchedQuery = Objects.requireNonNullElse(searchedQuery, request.query());
    fuzzyWords = List.copyOf(fuzzyWords);
    histogram = List.copyOf(histogram);
    nextAfter = Objects.requireNonNullElse(nextAfter, "");
  }

  /** Whether the searched query is the did-you-mean correction rather than the request's own text. */
  public boolean corrected() {
    return !searchedQuery.equals(request.query());
  }
}
