package org.storysearch;

import java.util.Objects;

/**
 * Size and content of an index.
 *
 * @param stories number of stories
 * @param sizeBytes index size on disk
 * @param schemaVersion schema version the index was built with
 * @param facets every facet value with its count
 * @param coverage how many of the stories have a title, a date, an author, tags and a domain
 */
public record ArchiveStats(int stories, long sizeBytes, int schemaVersion, FacetCounts facets, Coverage coverage) {

  /** Validates the fields. */
  public ArchiveStats {
    Objects.requireNonNull(facets, "facets");
    Objects.requireNonNull(coverage, "coverage");
  }
}
