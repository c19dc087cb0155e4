package org.storysearch.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.BuiltinHighlighterType;
import org.opensearch.client.opensearch.core.search.Highlight;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.Pit;
import org.storysearch.DateCount;
import org.storysearch.FacetCounts;
import org.storysearch.FacetValue;
import org.storysearch.Hit;
import org.storysearch.SearchLimits;
import org.storysearch.SearchRequest;
import org.storysearch.SearchResults;
import org.storysearch.Snippet;
import org.storysearch.index.StoryFields;
import org.storysearch.search.QueryChecks;

/**
 * Runs a {@link SearchRequest} against an alias of the cluster and maps the answer to our results: the query's word
 * statistics first ({@link WordStats}), then the search; a query with fewer than three hits gets its did-you-mean
 * correction, and one with none is searched again corrected, as locally.
 */
final class ClusterSearch {

  // As the local snippets: the whole title and summary, two passages of about 160 characters from the body.
  private static final int PASSAGE_LENGTH = 160;
  private static final int BODY_PASSAGES = 2;
  // As the local search: fewer hits than this and the query gets a did-you-mean correction.
  private static final int FEW_HITS = 3;

  private ClusterSearch() {}

  /** The results of {@code request} over {@code alias}, within {@code limits}. */
  static SearchResults search(ClusterConnection cluster, String alias, SearchRequest request, SearchLimits limits) {
    long started = System.nanoTime();
    QueryChecks.checkText(request.query(), limits);
    QueryChecks.check("resultWindow", limits.resultWindow(), (long) request.offset() + request.limit(),
        "the offset plus the number of hits", "page deeper with the next_after page token instead of an offset");
    ClusterPages.Token after = request.after() == null ? null
        : ClusterPages.Token.parse(request.after(), request.effectiveSort());
    String query = request.query();
    WordStats stats = query.isEmpty() ? WordStats.NONE
        : WordStats.of(cluster, alias, query, ClusterQueries.plainWords(query));
    ClusterQueries.Text text = ClusterQueries.text(query, stats, limits);
    Page page = search(cluster, alias, request, text, after);
    String didYouMean = "";
    String searched = query;
    if (!query.isEmpty() && (page.total() < FEW_HITS || !text.fuzzyWords().isEmpty())) {
      didYouMean = stats.didYouMean(query);
      if (page.total() == 0 && request.fix() && !didYouMean.isEmpty()) {
        ClusterQueries.Text fixed = ClusterQueries.text(didYouMean,
            WordStats.of(cluster, alias, didYouMean, ClusterQueries.plainWords(didYouMean)), limits);
        Page fixedPage = search(cluster, alias, request, fixed, after);
        if (fixedPage.total() > 0) {
          page = fixedPage;
          text = fixed;
          searched = didYouMean;
        }
      }
    }
    SearchResponse<ObjectNode> response = page.response();
    List<org.opensearch.client.opensearch.core.search.Hit<ObjectNode>> all = response.hits().hits();
    List<Hit> hits = all.stream().limit(request.limit()).map(ClusterSearch::hit).toList();
    String next = all.size() > request.limit() && !hits.isEmpty()
        ? new ClusterPages.Token(request.effectiveSort(), all.get(request.limit() - 1).sort(), page.pit()).text()
        : "";
    Map<String, Aggregate> aggregations = response.aggregations();
    FacetCounts facets = new FacetCounts(facet(aggregations, StoryFields.DOMAIN),
        facet(aggregations, StoryFields.AUTHOR), facet(aggregations, StoryFields.TAG),
        facet(aggregations, StoryFields.YEAR), facet(aggregations, StoryFields.LANG));
    long took = (System.nanoTime() - started) / 1_000_000;
    return new SearchResults(request, page.total(), took, hits, facets, didYouMean, searched, text.fuzzyWords(),
        histogram(aggregations), next, false);
  }

  /** One answer of the cluster, with the point in time it was read from (null: the alias as it is now). */
  private record Page(SearchResponse<ObjectNode> response, String pit) {
    long total() {
      return response.hits().total().value();
    }
  }

  /**
   * The page of {@code request}: from its offset in the alias, or, after a page token, from the token's sort values
   * in a point in time, opened on the first page turn and kept for the pages after, so that they all read one
   * state of the index.
   */
  private static Page search(ClusterConnection cluster, String alias, SearchRequest request,
      ClusterQueries.Text text, ClusterPages.Token after) {
    String pit = after == null ? null : after.pit() != null ? after.pit() : ClusterPages.open(cluster, alias);
    SearchResponse<ObjectNode> response = cluster.call("did not search " + alias, client -> client.search(s -> {
      if (pit == null) {
        s.index(alias).from(request.offset());
      } else {
        s.pit(new Pit.Builder().id(pit).keepAlive(ClusterPages.KEEP_ALIVE).build()).searchAfter(after.sort());
      }
      return s.query(ClusterQueries.query(request, text.query()))
          .postFilter(ClusterQueries.selections(request, null))
          .aggregations(ClusterQueries.aggregations(request))
          .sort(ClusterQueries.sort(request.effectiveSort()))
          .trackScores(true)
          .trackTotalHits(t -> t.enabled(true))
          .size(request.limit() + 1)
          .highlight(highlight(text.highlighted()));
    }, ObjectNode.class));
    return new Page(response, pit);
  }

  /** The snippets, as locally: marked matches of {@code query} (null: the search's own query), HTML-encoded. */
  static Highlight highlight(Query query) {
    Highlight.Builder highlight = new Highlight.Builder().type(t -> t.builtin(BuiltinHighlighterType.Unified))
        .encoder(HighlighterEncoder.Html).preTags(Marks.OPEN).postTags(Marks.CLOSE)
        .fields(StoryFields.TITLE, f -> f.numberOfFragments(0))
        .fields(StoryFields.SUMMARY, f -> f.numberOfFragments(0))
        .fields(StoryFields.BODY, f -> f.numberOfFragments(BODY_PASSAGES).fragmentSize(PASSAGE_LENGTH));
    if (query != null) {
      highlight.highlightQuery(query);
    }
    return highlight.build();
  }

  static Hit hit(org.opensearch.client.opensearch.core.search.Hit<ObjectNode> hit) {
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
