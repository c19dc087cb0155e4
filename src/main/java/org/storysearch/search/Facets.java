package org.storysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.storysearch.FacetCounts;
import org.storysearch.FacetValue;
import org.storysearch.index.StoryFields;

/** Facet counting over one reader; the ordinal map is built once per reader and shared by all searches. */
final class Facets {

  private static final Comparator<FacetValue> BY_COUNT_THEN_VALUE =
      Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::value);

  private final SortedSetDocValuesReaderState state;

  Facets(IndexReader reader) throws IOException {
    this.state = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, StoryFields.facetsConfig()) : null;
  }

  /** The ordinal state for drill-sideways searches, or {@code null} when the index has no facet values. */
  SortedSetDocValuesReaderState state() {
    return state;
  }

  /** Top {@code limit} values of each dimension over the collected matches ({@code limit < 0}: all values). */
  FacetCounts count(FacetsCollector collector, int limit) throws IOException {
    return count(collector, Map.of(), limit);
  }

  /**
   * Like {@link #count(FacetsCollector, int)}, but a dimension with its own collector in {@code sideways} (the
   * matches without that dimension's filter) is counted from that collector.
   */
  FacetCounts count(FacetsCollector collector, Map<String, FacetsCollector> sideways, int limit) throws IOException {
    if (state == null || limit == 0) {
      return new FacetCounts(List.of(), List.of(), List.of(), List.of());
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
    Map<String, List<FacetValue>> byDim = new HashMap<>();
    for (String dim : StoryFields.FACETS) {
      FacetsCollector own = sideways.get(dim);
      byDim.put(dim, values(own == null ? counts : new SortedSetDocValuesFacetCounts(state, own), dim, limit));
    }
    return new FacetCounts(byDim.get(StoryFields.DOMAIN), byDim.get(StoryFields.AUTHOR), byDim.get(StoryFields.TAG),
        byDim.get(StoryFields.YEAR), byDim.get(StoryFields.LANG));
  }

  /** Every value of {@code dim} over the collected matches, most frequent first. */
  List<FacetValue> all(FacetsCollector collector, String dim) throws IOException {
    return state == null ? List.of() : values(new SortedSetDocValuesFacetCounts(state, collector), dim, -1);
  }

  private List<FacetValue> values(SortedSetDocValuesFacetCounts counts, String dim, int limit) throws IOException {
    if (state.getOrdRange(dim) == null) {
      return List.of();
    }
    FacetResult result = limit < 0 ? counts.getAllChildren(dim) : counts.getTopChildren(limit, dim);
    if (result == null) {
      return List.of();
    }
    List<FacetValue> values = new ArrayList<>(result.labelValues.length);
    for (LabelAndValue labelValue : result.labelValues) {
      if (labelValue.value.intValue() > 0) {
        values.add(new FacetValue(labelValue.label, labelValue.value.intValue()));
      }
    }
    values.sort(BY_COUNT_THEN_VALUE);
    return values;
  }

  private static boolean hasFacets(IndexReader reader) {
    String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    return reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
  }
}
