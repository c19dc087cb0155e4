package org.storysearch;

import java.util.Objects;

/**
 * Size and content of an index.
 *
 * @param stories number of stories
 * @param sizeBytes index size on disk
 * @param schemaVersion schema version the index was built with
 * @param facets every facet value with its count
 */
public record ArchiveStats(int stories, long sizeBytes, int schemaVersion, FacetCounts facets) {

  /** Validates the fields. */
  public ArchiveStats {
    Objects.requireNonNull(facets, "facets");
  }
}
