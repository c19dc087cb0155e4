package org.storysearch.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.storysearch.SearchRequest;
import org.storysearch.index.StoryFields;

/** A request's filters applied to a text query: its date range, then its facet values as drill-downs. */
final class Filters {

  private Filters() {}

  /** The text query restricted by the request's date range, drilled down by its facet filters. */
  static DrillDownQuery drillDown(Query text, SearchRequest request) {
    Query base = text;
    if (request.since() != null || request.until() != null) {
      long from = request.since() == null ? Long.MIN_VALUE : startOf(request.since());
      long to = request.until() == null ? Long.MAX_VALUE : startOf(request.until().plusDays(1)) - 1;
      base = new BooleanQuery.Builder()
          .add(text, BooleanClause.Occur.MUST)
          .add(LongField.newRangeQuery(StoryFields.PUBLISHED, from, to), BooleanClause.Occur.FILTER)
          .build();
    }
    DrillDownQuery drill = new DrillDownQuery(StoryFields.facetsConfig(), base);
    request.domains().forEach(value -> drill.add(StoryFields.DOMAIN, value));
    request.authors().forEach(value -> drill.add(StoryFields.AUTHOR, value));
    request.tags().forEach(value -> drill.add(StoryFields.TAG, value));
    request.languages().forEach(value -> drill.add(StoryFields.LANG, value));
    return drill;
  }

  private static long startOf(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
