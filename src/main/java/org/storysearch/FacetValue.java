package org.storysearch;

import java.util.Objects;

/**
 * One facet value and how many matching stories carry it.
 *
 * @param value the value exactly as given in the front matter
 * @param count matching stories with this value
 */
public record FacetValue(String value, int count) {

  /** Validates the fields. */
  public FacetValue {
    Objects.requireNonNull(value, "value");
  }
}
