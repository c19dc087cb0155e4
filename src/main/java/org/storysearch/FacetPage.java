package org.storysearch;

import java.util.List;
import java.util.Objects;

/**
 * One page of the values of a facet dimension, most frequent first, ties by value.
 *
 * @param dimension {@code domain}, {@code author}, {@code tag} or {@code year}
 * @param totalValues how many values match the prefix over the matching stories, across all pages
 * @param offset values skipped before this page
 * @param values this page of values with their story counts
 */
public record FacetPage(String dimension, int totalValues, int offset, List<FacetValue> values) {
  /** Validates and copies. */
  public FacetPage {
    Objects.requireNonNull(dimension, "dimension");
    values = List.copyOf(values);
  }
}
