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
 * @param facets facet counts over all matches
 */
public record SearchResults(SearchRequest request, long total, long tookMillis, List<Hit> hits,
    FacetCounts facets) {

  /** Validates and copies. */
  public SearchResults {
    Objects.requireNonNull(request, "request");
    hits = List.copyOf(hits);
    Objects.requireNonNull(facets, "facets");
  }
}
