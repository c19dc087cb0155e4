package org.storysearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.storysearch.FacetPage;
import org.storysearch.FacetValue;
import org.storysearch.InvalidQueryException;
import org.storysearch.index.StoryFields;

/** Browses every value of one facet dimension over the matches of a query, filtered by prefix, a page at a time. */
final class FacetBrowser {

  private FacetBrowser() {}

  /** The page of {@code dimension}'s values over {@code query}'s matches that start with {@code prefix}. */
  static FacetPage page(IndexSearcher searcher, Facets facets, Query query, String dimension, String prefix,
      int offset, int limit) throws IOException {
    if (!StoryFields.FACETS.contains(dimension)) {
      throw new InvalidQueryException("unknown facet '" + dimension + "' (facets: "
          + String.join(", ", StoryFields.FACETS) + ")");
    }
    FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
    String lower = prefix.toLowerCase(Locale.ROOT);
    List<FacetValue> values = facets.all(collector, dimension).stream()
        .filter(value -> value.value().toLowerCase(Locale.ROOT).startsWith(lower)).toList();
    int from = Math.min(offset, values.size());
    int to = (int) Math.min((long) from + limit, values.size());
    return new FacetPage(dimension, values.size(), offset, values.subList(from, to));
  }
}
