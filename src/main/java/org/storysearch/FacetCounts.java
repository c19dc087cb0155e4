package org.storysearch;

import java.util.List;

/**
 * Facet counts over all matches of a search, most frequent first, ties by value.
 *
 * @param domain counts per domain
 * @param author counts per author
 * @param tag counts per tag
 * @param year counts per publication year
 * @param lang counts per language (primary subtag)
 */
public record FacetCounts(List<FacetValue> domain, List<FacetValue> author, List<FacetValue> tag,
    List<FacetValue> year, List<FacetValue> lang) {

  /** Copies the lists. */
  public FacetCounts {
    domain = List.copyOf(domain);
    author = List.copyOf(author);
    tag = List.copyOf(tag);
    year = List.copyOf(year);
    lang = List.copyOf(lang);
  }

  /** Counts without languages (an engine that does not count them). */
  public FacetCounts(List<FacetValue> domain, List<FacetValue> author, List<FacetValue> tag, List<FacetValue> year) {
    this(domain, author, tag, year, List.of());
  }
}
