package org.storysearch;

/** How hits are ordered. */
public enum SortOrder {
  /** Best match first (BM25); ties by id. */
  RELEVANCE,
  /** Most recently published first; stories without a date last; ties by id. */
  NEWEST,
  /** Earliest published first; stories without a date last; ties by id. */
  OLDEST
}
