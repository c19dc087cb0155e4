package org.storysearch;

import java.util.List;

/**
 * Facet counts over all matches of a search, most frequent first, ties by value.
 *
 * @param domain counts per domain
 * @param author counts per author
 * @param tag counts per tag
 * @param year counts per publication year
 */
public record FacetCounts(List<FacetValue> domain, List<FacetValue> author, List<FacetValue> tag,
    List<FacetValue> year) {

  /** Copies the lists. */
  public FacetCounts {
    domain = List.copyOf(domain);
    author = List.copyOf(author);
    tag = List.copyOf(tag);
    year = List.copyOf(year);
  }
}
