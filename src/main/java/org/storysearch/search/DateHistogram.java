package org.storysearch.search;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.storysearch.DateCount;
import org.storysearch.DateInterval;
import org.storysearch.index.StoryFields;

/** Counts matching stories per year or month of publication (UTC), from the date doc values. */
final class DateHistogram {

  private DateHistogram() {}

  /** Counts per period over the collected matches, oldest first; undated stories are left out. */
  static List<DateCount> count(FacetsCollector collector, DateInterval interval) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    for (FacetsCollector.MatchingDocs matching : collector.getMatchingDocs()) {
      SortedNumericDocValues dates = DocValues.getSortedNumeric(matching.context().reader(), StoryFields.PUBLISHED);
      DocIdSetIterator docs = matching.bits() == null ? null : matching.bits().iterator();
      if (docs == null) {
        continue;
      }
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (dates.advanceExact(doc)) {
          counts.merge(period(dates.nextValue(), interval), 1, Integer::sum);
        }
      }
    }
    List<DateCount> histogram = new ArrayList<>(counts.size());
    counts.forEach((period, count) -> histogram.add(new DateCount(period, count)));
    return histogram;
  }

  private static String period(long epochMillis, DateInterval interval) {
    ZonedDateTime time = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC);
    String year = String.format("%04d", time.getYear());
    return interval == DateInterval.YEAR ? year : year + String.format("-%02d", time.getMonthValue());
  }
}
