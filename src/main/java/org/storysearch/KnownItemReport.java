package org.storysearch;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a known-item evaluation.
 *
 * @param overall every query
 * @param corpora one group per corpus, in the order the set first names them
 * @param styles one group per query style, in the order the set first names them
 * @param results every query with the rank of its expected story, in the set's order
 * @param seconds wall-clock time of the whole evaluation, indexing included
 */
public record KnownItemReport(KnownItemGroup overall, List<KnownItemGroup> corpora, List<KnownItemGroup> styles,
    List<KnownItemResult> results, double seconds) {

  /** Validates and copies. */
  public KnownItemReport {
    Objects.requireNonNull(overall, "overall");
    corpora = List.copyOf(corpora);
    styles = List.copyOf(styles);
    results = List.copyOf(results);
  }
}
