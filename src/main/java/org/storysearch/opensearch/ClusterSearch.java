package org.storysearch.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.BuiltinHighlighterType;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.storysearch.DateCount;
import org.storysearch.FacetCounts;
import org.storysearch.FacetValue;
import org.storysearch.Hit;
import org.storysearch.InvalidQueryException;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.Snippet;
import org.storysearch.index.StoryFields;

/** Runs a {@link SearchRequest} against an index or alias of the cluster and maps the answer to our results. */
final class ClusterSearch {

  // As the local snippets: the whole title and summary, two passages of about 160 characters from the body.
  private static final int PASSAGE_LENGTH = 160;
  private static final int BODY_PASSAGES = 2;

  private ClusterSearch() {}

  /** The results of {@code request} over {@code index}. */
  static SearchResults search(ClusterConnection cluster, String index, SearchRequest request) {
    if (request.after() != null) {
      throw new InvalidQueryException("page tokens (--after) are not supported on OpenSearch yet (use --offset)");
    }
    long started = System.nanoTime();
    SearchResponse<ObjectNode> response = cluster.call("did not search " + index, client -> client.search(s -> s
        .index(index)
        .query(ClusterQueries.query(request))
        .postFilter(ClusterQueries.selections(request, null))
        .aggregations(ClusterQueries.aggregations(request))
        .sort(ClusterQueries.sort(request.effectiveSort()))
        .trackScores(true)
        .trackTotalHits(t -> t.enabled(true))
        .from(request.offset()).size(request.limit())
        .highlight(h -> h.type(t -> t.builtin(BuiltinHighlighterType.Unified)).encoder(HighlighterEncoder.Html)
            .preTags(Marks.OPEN).postTags(Marks.CLOSE)
            .fields(StoryFields.TITLE, f -> f.numberOfFragments(0))
            .fields(StoryFields.SUMMARY, f -> f.numberOfFragments(0))
            .fields(StoryFields.BODY, f -> f.numberOfFragments(BODY_PASSAGES).fragmentSize(PASSAGE_LENGTH))),
        ObjectNode.class));
    List<Hit> hits = response.hits().hits().stream().map(ClusterSearch::hit).toList();
    Map<String, Aggregate> aggregations = response.aggregations();
    FacetCounts facets = new FacetCounts(facet(aggregations, StoryFields.DOMAIN),
        facet(aggregations, StoryFields.AUTHOR), facet(aggregations, StoryFields.TAG),
        facet(aggregations, StoryFields.YEAR));
    long took = (System.nanoTime() - started) / 1_000_000;
    return new SearchResults(request, response.hits().total().value(), took, hits, facets, "", request.query(),
        List.of(), histogram(aggregations), "", false);
  }

  private static Hit hit(org.opensearch.client.opensearch.core.search.Hit<ObjectNode> hit) {
    ObjectNode source = hit.source();
    Map<String, List<String>> highlights = hit.highlight();
    String title = StoryMapping.value(source, StoryFields.TITLE);
    List<String> titleMarked = highlights.getOrDefault(StoryFields.TITLE, List.of());
    Snippet titleHighlighted = titleMarked.isEmpty() ? Snippet.plain(title) : Marks.snippet(titleMarked.get(0));
    // The body's passages, else the marked summary, else the summary as it is (a match in tags or headings only).
    List<String> passages = highlights.getOrDefault(StoryFields.BODY, List.of());
    if (passages.isEmpty()) {
      passages = highlights.getOrDefault(StoryFields.SUMMARY, List.of());
    }
    String summary = StoryMapping.value(source, StoryFields.SUMMARY);
    List<Snippet> snippets = passages.isEmpty() && !summary.isEmpty() ? List.of(Snippet.plain(summary))
        : passages.stream().map(Marks::snippet).toList();
    float score = hit.score() == null ? 0 : hit.score().floatValue();
    return new Hit(StoryMapping.value(source, StoryFields.ID), title, StoryMapping.values(source, StoryFields.AUTHOR),
        StoryMapping.value(source, StoryFields.DOMAIN), StoryMapping.values(source, StoryFields.TAG),
        StoryMapping.publishedAt(source), StoryMapping.value(source, StoryFields.URL), score, titleHighlighted,
        snippets);
  }

  private static List<FacetValue> facet(Map<String, Aggregate> aggregations, String dimension) {
    Aggregate filtered = aggregations.get(dimension);
    if (filtered == null) {
      return List.of();
    }
    List<FacetValue> values = new ArrayList<>();
    filtered.filter().aggregations().get(ClusterQueries.VALUES).sterms().buckets().array()
        .forEach(bucket -> values.add(new FacetValue(bucket.key(), (int) bucket.docCount())));
    return values;
  }

  private static List<DateCount> histogram(Map<String, Aggregate> aggregations) {
    List<DateCount> periods = new ArrayList<>();
    aggregations.get(ClusterQueries.HISTOGRAM).filter().aggregations().get(ClusterQueries.VALUES).dateHistogram()
        .buckets().array().forEach(bucket -> periods.add(new DateCount(bucket.keyAsString(),
            (int) bucket.docCount())));
    return periods;
  }
}
